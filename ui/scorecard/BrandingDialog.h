// The company name and logo at the top of every printed scorecard, set once per
// workbook (settings report.company and report.logo, a path to the image file).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cs {

class Workbook;

class BrandingDialog : public QDialog {
    Q_OBJECT

public:
    explicit BrandingDialog(Workbook &workbook, QWidget *parent = nullptr);

    QString company() const;
    void setCompany(const QString &company);
    QString logoPath() const;
    void setLogoPath(const QString &path);
    // Writes both settings; false (with a message box) when the logo cannot be read.
    bool save();

    void accept() override;

private:
    void browse();
    void showLogo();

    Workbook &m_workbook;
    QLineEdit *m_company;
    QLineEdit *m_logo;
    QLabel *m_preview;
};

} // namespace cs
