// The capability rules dialog: the form shows the stored rules exactly, typed values
// are read without rounding, refused rules are listed in the dialog and write nothing,
// and a stored change makes every view recompute once.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "settings/CapabilityRulesDialog.h"
#include "settings/CapabilityRulesPage.h"
#include "storage/Workbook.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>

using namespace cs;

// Readable failures: every rule, stored units.
template<> struct Catch::StringMaker<CapabilityRules> {
    static std::string convert(const CapabilityRules &r)
    {
        QStringList scales;
        for (const SubIndicatorScale &s : r.scales)
            scales.append(QStringLiteral("%1-%2x%3").arg(s.floor).arg(s.target).arg(s.weight));
        const auto b = r.fixedBenchmarkTenths;
        return QStringLiteral(
            "w%1/%2/%3 weak%4 drop%5 ach%6/%7x%8 stale%9 sales%10 fixed%11 stage%12-%13(%14) %15")
            .arg(r.weights[0])
            .arg(r.weights[1])
            .arg(r.weights[2])
            .arg(r.weakBelowTenths)
            .arg(r.dropAtLeastTenths)
            .arg(r.achievementBelow.num)
            .arg(r.achievementBelow.den)
            .arg(r.achievementQuarters)
            .arg(r.staleAfterDays)
            .arg(r.excellentSalesAbove.fen())
            .arg(b ? QStringLiteral("%1,%2,%3").arg((*b)[0]).arg((*b)[1]).arg((*b)[2]) : QStringLiteral("-"))
            .arg(r.growthFromTenths)
            .arg(r.expertFromTenths)
            .arg(codeOf(r.expertCertification), scales.join(QLatin1Char(' ')))
            .toStdString();
    }
};

namespace {

struct Fixture {
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    QString path = dir->filePath(QStringLiteral("rules.cwb"));
    std::unique_ptr<WorkbookSession> session;
    int capabilityChanges = 0;

    Fixture()
    {
        WorkbookError error;
        auto workbook = Workbook::create(path, &error);
        REQUIRE(workbook);
        session = std::make_unique<WorkbookSession>(std::move(workbook));
        QObject::connect(session.get(), &WorkbookSession::capabilityChanged, [this] { ++capabilityChanges; });
    }

    // Every row of the settings table, so "nothing written" covers keys the rules do not know.
    QStringList settings()
    {
        QSqlQuery q(session->workbook().database());
        REQUIRE(q.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
        return rows;
    }

    // What another program opening the file reads.
    CapabilityRules storedRules()
    {
        WorkbookError error;
        auto other = Workbook::openReadOnly(path, &error);
        REQUIRE(other);
        QStringList problems;
        const CapabilityRules rules = CapabilityRules::load(*other, &problems);
        CHECK(problems.isEmpty());
        return rules;
    }
};

template<typename W> W *field(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<W *>(name);
    REQUIRE(w);
    return w;
}

// As a user types into the field, a key at a time, and leaves it: the field refuses
// a keystroke that would make its text unreadable, as it would on screen.
void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *spin = field<QAbstractSpinBox>(parent, name);
    auto *edit = spin->findChild<QLineEdit *>();
    REQUIRE(edit);
    edit->selectAll();
    edit->del();
    for (const QChar c : text)
        edit->insert(QString(c));
    spin->interpretText();
}

void typeAmount(QWidget *parent, const QString &text)
{
    auto *edit = field<QLineEdit>(parent, QStringLiteral("excellentSales"));
    edit->setText(text);
    emit edit->textEdited(text);
}

QLabel *errorsLabel(CapabilityRulesDialog &dialog)
{
    return field<QLabel>(&dialog, QStringLiteral("errors"));
}

} // namespace

TEST_CASE("the rules page shows the defaults and any stored rules exactly", "[capability-rules]")
{
    Fixture f;
    CapabilityRulesDialog dialog(*f.session);
    CHECK(dialog.page()->rules() == CapabilityRules());
    CHECK(dialog.page()->inputProblems().isEmpty());
    CHECK_FALSE(field<QLabel>(&dialog, QStringLiteral("loadProblems"))->isVisibleTo(&dialog));

    // Values no field shows as typed (2/3 is 66.7 %) survive a load and read back unchanged.
    CapabilityRules odd;
    odd.weights = { 3, 0, 2 };
    odd.weakBelowTenths = 45;
    odd.achievementBelow = Ratio { 2, 3 };
    odd.excellentSalesAbove = Money::fromFen(1'234'567'891);
    odd.fixedBenchmarkTenths = PerDimension<int> { 87, 80, 85 };
    odd.expertCertification = Certification::Expert;
    odd.scales[int(SubIndicator::ResponseHours)] = SubIndicatorScale { 725, 15, 3 };
    dialog.page()->load(odd);
    CHECK(dialog.page()->rules() == odd);
    CHECK(field<QAbstractSpinBox>(dialog.page(), QStringLiteral("achievementBelow"))->text()
        == QStringLiteral("66.7 %"));
    CHECK(field<QAbstractSpinBox>(dialog.page(), QStringLiteral("floor-response_hours"))->text()
        == QStringLiteral("72.5"));
}

TEST_CASE("a weak threshold of 4.5 and a new target are stored on OK", "[capability-rules]")
{
    Fixture f;
    CapabilityRulesDialog dialog(*f.session);
    dialog.show();
    QPushButton *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    CHECK_FALSE(apply->isEnabled());

    type(dialog.page(), QStringLiteral("weakBelow"), QStringLiteral("4.5"));
    CHECK(apply->isEnabled());
    // A second decimal is refused, not rounded: the field keeps 4.5.
    type(dialog.page(), QStringLiteral("weakBelow"), QStringLiteral("4.56"));
    CHECK(
        field<QAbstractSpinBox>(dialog.page(), QStringLiteral("weakBelow"))->text() == QStringLiteral("4.5"));
    type(dialog.page(), QStringLiteral("target-visits_30d"), QStringLiteral("25"));
    type(dialog.page(), QStringLiteral("target-satisfaction"), QStringLiteral("９５．５")); // full-width
    type(dialog.page(), QStringLiteral("achievementBelow"), QStringLiteral("80.5"));
    typeAmount(dialog.page(), QStringLiteral("¥15,000,000.5"));

    CapabilityRules expected;
    expected.weakBelowTenths = 45;
    expected.scales[int(SubIndicator::Visits)].target = 25;
    expected.scales[int(SubIndicator::Satisfaction)].target = 955;
    expected.achievementBelow = Ratio { 161, 200 };
    expected.excellentSalesAbove = Money::fromFen(1'500'000'050);
    CHECK(dialog.page()->rules() == expected);

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(f.storedRules() == expected);
}

TEST_CASE("an expert threshold below the growth threshold is listed in the dialog and writes nothing",
    "[capability-rules]")
{
    Fixture f;
    CapabilityRulesDialog dialog(*f.session);
    dialog.show();
    REQUIRE(dialog.apply()); // every key stored, so the comparison below covers them all
    const QStringList before = f.settings();
    const int changes = f.capabilityChanges;

    type(dialog.page(), QStringLiteral("growthFrom"), QStringLiteral("7.0"));
    type(dialog.page(), QStringLiteral("expertFrom"), QStringLiteral("6.5"));
    type(dialog.page(), QStringLiteral("weakBelow"), QStringLiteral("3.0"));
    dialog.accept();

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    QLabel *errors = errorsLabel(dialog);
    CHECK(errors->isVisibleTo(&dialog));
    const QString sentence = CapabilityRules::tr(
        "The growth stage threshold (%1) cannot be above the expert stage threshold (%2).")
                                 .arg(QStringLiteral("7.0"), QStringLiteral("6.5"));
    CHECK(dialog.errors() == QStringList { sentence });
    CHECK(errors->text().contains(sentence));
    CHECK(f.settings() == before);
    CHECK(f.capabilityChanges == changes);

    // An amount with a third decimal is refused too, alongside the other reasons.
    typeAmount(dialog.page(), QStringLiteral("20000000.005"));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.errors().size() == 2);
    CHECK(f.settings() == before);

    // Corrected, it is stored and the list goes away.
    type(dialog.page(), QStringLiteral("expertFrom"), QStringLiteral("8.0"));
    typeAmount(dialog.page(), QStringLiteral("20,000,000"));
    REQUIRE(dialog.apply());
    CHECK_FALSE(errors->isVisibleTo(&dialog));
    CHECK(f.storedRules().expertFromTenths == 80);
    CHECK(f.storedRules().weakBelowTenths == 30);
}

TEST_CASE("restore defaults puts every field back, and is stored only when applied", "[capability-rules]")
{
    Fixture f;
    CapabilityRules custom;
    custom.weights = { 2, 1, 1 };
    custom.staleAfterDays = 90;
    custom.fixedBenchmarkTenths = PerDimension<int> { 80, 80, 80 };
    custom.scales[int(SubIndicator::CoreProducts)] = SubIndicatorScale { 1, 8, 2 };
    REQUIRE(custom.save(f.session->workbook()));

    CapabilityRulesDialog dialog(*f.session);
    CHECK(dialog.page()->rules() == custom);
    int changed = 0;
    QObject::connect(dialog.page(), &CapabilityRulesPage::changed, [&changed] { ++changed; });
    field<QPushButton>(dialog.page(), QStringLiteral("restoreDefaults"))->click();
    CHECK(changed == 1);
    CHECK(dialog.page()->rules() == CapabilityRules());
    CHECK(f.storedRules() == custom);
    REQUIRE(dialog.apply());
    CHECK(f.storedRules() == CapabilityRules());
}

TEST_CASE(
    "the fixed benchmark fields are enabled only when a fixed benchmark is chosen", "[capability-rules]")
{
    Fixture f;
    CapabilityRulesDialog dialog(*f.session);
    auto *fixed = field<QRadioButton>(dialog.page(), QStringLiteral("fixedBenchmark"));
    auto *product = field<QAbstractSpinBox>(dialog.page(), QStringLiteral("fixed-product"));
    auto *sales = field<QLineEdit>(dialog.page(), QStringLiteral("excellentSales"));
    CHECK_FALSE(product->isEnabled());
    CHECK(sales->isEnabled());

    fixed->click();
    CHECK(product->isEnabled());
    CHECK_FALSE(sales->isEnabled());
    type(dialog.page(), QStringLiteral("fixed-product"), QStringLiteral("8.7"));
    type(dialog.page(), QStringLiteral("fixed-sales"), QStringLiteral("7"));
    type(dialog.page(), QStringLiteral("fixed-service"), QStringLiteral("10"));
    const auto chosen = dialog.page()->rules().fixedBenchmarkTenths;
    REQUIRE(chosen);
    CHECK(*chosen == PerDimension<int> { 87, 70, 100 });

    field<QRadioButton>(dialog.page(), QStringLiteral("excellentBenchmark"))->click();
    CHECK_FALSE(dialog.page()->rules().fixedBenchmarkTenths);
}

TEST_CASE("a successful save makes the session recompute once, and OK without edits writes nothing",
    "[capability-rules]")
{
    Fixture f;
    CapabilityRulesDialog dialog(*f.session);
    dialog.show();
    auto *certification = field<QComboBox>(dialog.page(), QStringLiteral("expertCertification"));
    certification->setCurrentIndex(certification->findData(int(Certification::Expert)));
    type(dialog.page(), QStringLiteral("weight-sales"), QStringLiteral("3"));
    REQUIRE(dialog.apply());
    CHECK(f.capabilityChanges == 1);
    CHECK(f.session->capability().rules.expertCertification == Certification::Expert);
    CHECK(f.session->capability().rules.weights == PerDimension<int> { 1, 3, 1 });

    const QStringList before = f.settings();
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.capabilityChanges == 1);
    CHECK(f.settings() == before);
}

TEST_CASE("stored rules that cannot be read are named at the top of the dialog", "[capability-rules]")
{
    Fixture f;
    f.session->workbook().setSetting(QStringLiteral("capability.weak_below_tenths"), QStringLiteral("abc"));
    CapabilityRulesDialog dialog(*f.session);
    QLabel *problems = field<QLabel>(&dialog, QStringLiteral("loadProblems"));
    CHECK(problems->isVisibleTo(&dialog));
    CHECK(problems->text().contains(QStringLiteral("“abc”")));
    CHECK(dialog.page()->rules() == CapabilityRules());

    // OK stores the form even unedited, replacing the unreadable value.
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.session->workbook().setting(QStringLiteral("capability.weak_below_tenths"))
        == QStringLiteral("50"));
    CHECK(f.capabilityChanges == 1);
}
