<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::CapabilityModel</name>
    <message numerus="yes">
        <location filename="../../core/capability/CapabilityModel.cpp" line="+162" />
        <source>The benchmark averages the latest scores of %n excellent partner(s), whose sales over the four quarters to %1 exceed %2.</source>
        <translation>
            <numerusform>The benchmark averages the latest scores of %n excellent partner, whose sales over the four quarters to %1 exceed %2.</numerusform>
            <numerusform>The benchmark averages the latest scores of %n excellent partners, whose sales over the four quarters to %1 exceed %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>No benchmark: the %n excellent partner(s) have no assessment by %1. Assess them or set a fixed benchmark.</source>
        <translation>
            <numerusform>No benchmark: the %n excellent partner has no assessment by %1. Assess it or set a fixed benchmark.</numerusform>
            <numerusform>No benchmark: the %n excellent partners have no assessment by %1. Assess them or set a fixed benchmark.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CapabilityView</name>
    <message numerus="yes">
        <location filename="../../ui/capability/CapabilityView.cpp" line="+302" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln on the watch list</source>
        <translation>
            <numerusform>%Ln on the watch list</numerusform>
            <numerusform>%Ln on the watch list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Cli</name>
    <message numerus="yes">
        <location filename="../../app/Cli.cpp" line="+130" />
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation>
            <numerusform>Created the demo workbook %1 with %n partner.</numerusform>
            <numerusform>Created the demo workbook %1 with %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74" />
        <source>Nothing was imported: %n row(s) have problems. Fix them, or import the valid rows with --valid-only.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Fix it, or import the valid rows with --valid-only.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Fix them, or import the valid rows with --valid-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/IncentiveCli.cpp" line="+180" />
        <source>Closed %1: %n statement(s), total %2.</source>
        <translation>
            <numerusform>Closed %1: %n statement, total %2.</numerusform>
            <numerusform>Closed %1: %n statements, total %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n statement(s) are exceptions; see “channelstation rebates”.</source>
        <translation>
            <numerusform>%n statement is an exception; see “channelstation rebates”.</numerusform>
            <numerusform>%n statements are exceptions; see “channelstation rebates”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ScorecardCli.cpp" line="+120" />
        <source>Wrote %n page(s) to %1 in %2 s</source>
        <translation>
            <numerusform>Wrote %n page to %1 in %2 s</numerusform>
            <numerusform>Wrote %n pages to %1 in %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CloseQuarterDialog</name>
    <message numerus="yes">
        <location filename="../../ui/incentives/CloseQuarterDialog.cpp" line="+23" />
        <source>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statement(s) as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter's results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statement as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter's results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statements as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter's results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>&lt;p&gt;%Ln partner(s) are listed as exceptions (no results, no target, a zero target or no tier): their statements are frozen as they stand, with each exception named.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln partner is listed as an exception (no results, no target, a zero target or no tier): its statement is frozen as they stand, with each exception named.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln partners are listed as exceptions (no results, no target, a zero target or no tier): their statements are frozen as they stand, with each exception named.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+91" />
        <source>delete %n partner(s)</source>
        <translation>
            <numerusform>delete %n partner</numerusform>
            <numerusform>delete %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DistributionChart</name>
    <message numerus="yes">
        <location filename="../../ui/capability/DistributionChart.cpp" line="+241" />
        <source>%1 %2: %Ln partner(s)</source>
        <translation>
            <numerusform>%1 %2: %Ln partner</numerusform>
            <numerusform>%1 %2: %Ln partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ImportCheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportCheckPage.cpp" line="+198" />
        <source>%Ln row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln row cannot be imported as it is.</numerusform>
            <numerusform>%Ln rows cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln value(s) were read with a guess worth checking (notes below).</source>
        <translation>
            <numerusform>%Ln value was read with a guess worth checking (notes below).</numerusform>
            <numerusform>%Ln values were read with a guess worth checking (notes below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Import is not possible while %Ln row(s) have errors: all or nothing means nothing would be written. Correct the file and choose Check Again, or import only the valid rows.</source>
        <translation>
            <numerusform>Import is not possible while %Ln row has errors: all or nothing means nothing would be written. Correct the file and choose Check Again, or import only the valid rows.</numerusform>
            <numerusform>Import is not possible while %Ln rows have errors: all or nothing means nothing would be written. Correct the file and choose Check Again, or import only the valid rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ImportFilePage</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportFilePage.cpp" line="+200" />
        <source>Header on row %1, %Ln column(s).</source>
        <translation>
            <numerusform>Header on row %1, %Ln column.</numerusform>
            <numerusform>Header on row %1, %Ln columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportWizard.cpp" line="+91" />
        <source>%Ln existing record(s) changed; the details list them.</source>
        <translation>
            <numerusform>%Ln existing record changed; the details list it.</numerusform>
            <numerusform>%Ln existing records changed; the details list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::IncentiveBook</name>
    <message numerus="yes">
        <location filename="../../core/storage/IncentiveBook.cpp" line="+281" />
        <source>Closed with policy version %1: %n statement(s), %2 in total.</source>
        <translation>
            <numerusform>Closed with policy version %1: %n statement, %2 in total.</numerusform>
            <numerusform>Closed with policy version %1: %n statements, %2 in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+437" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln with status Watch</source>
        <translation>
            <numerusform>%Ln with status Watch</numerusform>
            <numerusform>%Ln with status Watch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message numerus="yes">
        <location filename="../../core/storage/PartnerRepository.cpp" line="+147" />
        <source>“%1” is the parent partner of %n partner(s). Give them another parent first.</source>
        <translation>
            <numerusform>“%1” is the parent partner of %n partner. Give that partner another parent first.</numerusform>
            <numerusform>“%1” is the parent partner of %n partners. Give them another parent first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnersView</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnersView.cpp" line="+154" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %Ln partner(s)</source>
        <translation>
            <numerusform>%1 of %Ln partner</numerusform>
            <numerusform>%1 of %Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+180" />
        <source>Delete the %n selected partner(s)?</source>
        <translation>
            <numerusform>Delete the %n selected partner?</numerusform>
            <numerusform>Delete the %n selected partners?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScenarioPanel</name>
    <message numerus="yes">
        <location filename="../../ui/incentives/ScenarioPanel.cpp" line="+337" />
        <source>%n partner(s) move band.</source>
        <translation>
            <numerusform>%n partner moves band.</numerusform>
            <numerusform>%n partners move band.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardBatch</name>
    <message numerus="yes">
        <location filename="../../ui/scorecard/ScorecardBatch.cpp" line="+76" />
        <source>Cancelled; the %Ln finished file(s) are kept in %1.</source>
        <translation>
            <numerusform>Cancelled; the %Ln finished file is kept in %1.</numerusform>
            <numerusform>Cancelled; the %Ln finished files are kept in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Wrote %Ln page(s) to %1 in %2 s</source>
        <translation>
            <numerusform>Wrote %Ln page to %1 in %2 s</numerusform>
            <numerusform>Wrote %Ln pages to %1 in %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardCharts</name>
    <message numerus="yes">
        <location filename="../../ui/print/ScorecardCharts.cpp" line="+61" />
        <source>Overall score, last %n quarter(s)</source>
        <translation>
            <numerusform>Overall score, last %n quarter</numerusform>
            <numerusform>Overall score, last %n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardPrinter</name>
    <message numerus="yes">
        <location filename="../../ui/scorecard/ScorecardPrinter.cpp" line="+32" />
        <source>Print Preview — %n Scorecard(s)</source>
        <translation>
            <numerusform>Print Preview — %n Scorecard</numerusform>
            <numerusform>Print Preview — %n Scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Print %n Scorecard(s)</source>
        <translation>
            <numerusform>Print %n Scorecard</numerusform>
            <numerusform>Print %n Scorecards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/print/ScorecardOkrSections.cpp" line="+90" />
        <source>+%n more objective(s)</source>
        <translation><numerusform>+%n more objective</numerusform><numerusform>+%n more objectives</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>+%n more key result(s)</source>
        <translation><numerusform>+%n more key result</numerusform><numerusform>+%n more key results</numerusform></translation>
    </message>
</context>
<context>
    <name>cs::Scoring</name>
    <message numerus="yes">
        <location filename="../../core/scorecard/Scoring.cpp" line="+126" />
        <source>%1 has no data; its weight went to the other %2 KPIs.</source>
        <translation>
            <numerusform>%1 has no data; its weight went to the other %2 KPIs.</numerusform>
            <numerusform>%1 have no data; their weight went to the other %2 KPIs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>No KPI of %1 has data; its weight went to the other families.</source>
        <translation>
            <numerusform>No KPI of %1 has data; its weight went to the other families.</numerusform>
            <numerusform>No KPI of %1 has data; their weight went to the other families.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Statement</name>
    <message numerus="yes">
        <location filename="../../core/incentive/StatementLine.cpp" line="+162" />
        <source>%n new customer(s) × %1 = %2</source>
        <translation>
            <numerusform>%n new customer × %1 = %2</numerusform>
            <numerusform>%n new customers × %1 = %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::StatementsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/incentives/StatementsPanel.cpp" line="+237" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+14" />
        <source>%Ln exception(s)</source>
        <translation>
            <numerusform>%Ln exception</numerusform>
            <numerusform>%Ln exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1" />
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::WatchList</name>
    <message numerus="yes">
        <location filename="../../core/capability/WatchList.cpp" line="+85" />
        <source>Sales achievement below %1 % in %n consecutive quarter(s) (%2).</source>
        <translation>
            <numerusform>Sales achievement below %1 % in %n quarter (%2).</numerusform>
            <numerusform>Sales achievement below %1 % in %n consecutive quarters (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>No assessment for %n day(s), since %1 (the limit is %2 days).</source>
        <translation>
            <numerusform>No assessment for %n day, since %1 (the limit is %2 days).</numerusform>
            <numerusform>No assessment for %n days, since %1 (the limit is %2 days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message numerus="yes">
        <location filename="../../core/storage/Workbook.cpp" line="+71" />
        <location line="+13" />
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation>
            <numerusform>“%1” is damaged: the file is cut short (%Ln byte).</numerusform>
            <numerusform>“%1” is damaged: the file is cut short (%Ln bytes).</numerusform>
        </translation>
    </message>
</context>
</TS>