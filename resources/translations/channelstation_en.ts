<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::CapabilityModel</name>
    <message numerus="yes">
        <location filename="../../core/capability/CapabilityModel.cpp" line="+162"/>
        <source>The benchmark averages the latest scores of %n excellent partner(s), whose sales over the four quarters to %1 exceed %2.</source>
        <translation>
            <numerusform>The benchmark averages the latest scores of %n excellent partner, whose sales over the four quarters to %1 exceed %2.</numerusform>
            <numerusform>The benchmark averages the latest scores of %n excellent partners, whose sales over the four quarters to %1 exceed %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location filename="../../ui/capability/CapabilityView.cpp" line="+290"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../app/Cli.cpp" line="+132"/>
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation>
            <numerusform>Created the demo workbook %1 with %n partner.</numerusform>
            <numerusform>Created the demo workbook %1 with %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Nothing was imported: %n row(s) have problems. Fix them, or import the valid rows with --valid-only.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Fix it, or import the valid rows with --valid-only.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Fix them, or import the valid rows with --valid-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/IncentiveCli.cpp" line="+180"/>
        <source>Closed %1: %n statement(s), total %2.</source>
        <translation>
            <numerusform>Closed %1: %n statement, total %2.</numerusform>
            <numerusform>Closed %1: %n statements, total %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n statement(s) are exceptions; see “channelstation rebates”.</source>
        <translation>
            <numerusform>%n statement is an exception; see “channelstation rebates”.</numerusform>
            <numerusform>%n statements are exceptions; see “channelstation rebates”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ScorecardCli.cpp" line="+120"/>
        <source>Wrote %n page(s) to %1 in %2 s</source>
        <translation>
            <numerusform>Wrote %n page to %1 in %2 s</numerusform>
            <numerusform>Wrote %n pages to %1 in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/TierCli.cpp" line="+84"/>
        <source>Confirmed %n tier change(s) from the review of %1, effective from %2, by %3.</source>
        <translation>
            <numerusform>Confirmed %n tier change from the review of %1, effective from %2, by %3.</numerusform>
            <numerusform>Confirmed %n tier changes from the review of %1, effective from %2, by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CloseQuarterDialog</name>
    <message numerus="yes">
        <location filename="../../ui/incentives/CloseQuarterDialog.cpp" line="+23"/>
        <source>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statement(s) as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter&apos;s results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statement as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter&apos;s results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statements as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter&apos;s results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;p&gt;%Ln partner(s) are listed as exceptions (no results, no target, a zero target or no tier): their statements are frozen as they stand, with each exception named.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln partner is listed as an exception (no results, no target, a zero target or no tier): its statement is frozen as they stand, with each exception named.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln partners are listed as exceptions (no results, no target, a zero target or no tier): their statements are frozen as they stand, with each exception named.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CodeFilterBanner</name>
    <message numerus="yes">
        <location filename="../../ui/partners/CodeFilterBanner.cpp" line="+30"/>
        <source>Showing %Ln partner(s) from the dashboard: %1</source>
        <translation>
            <numerusform>Showing %Ln partner from the dashboard: %1</numerusform>
            <numerusform>Showing %Ln partners from the dashboard: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DashboardAchievementChart</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/DashboardAchievementChart.cpp" line="+60"/>
        <source>%1 of target: %Ln partner(s)</source>
        <translation>
            <numerusform>%1 of target: %Ln partner</numerusform>
            <numerusform>%1 of target: %Ln partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DashboardListing</name>
    <message numerus="yes">
        <location filename="../../core/report/DashboardListing.cpp" line="+253"/>
        <source>%1   (%n partner(s))</source>
        <translation>
            <numerusform>%1   (%n partner)</numerusform>
            <numerusform>%1   (%n partners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n active partner(s) not assessed yet.</source>
        <translation>
            <numerusform>%n active partner not assessed yet.</numerusform>
            <numerusform>%n active partners not assessed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DashboardRegionChart</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/DashboardRegionChart.cpp" line="+81"/>
        <source>%1: %Ln assessed partner(s)</source>
        <translation>
            <numerusform>%1: %Ln assessed partner</numerusform>
            <numerusform>%1: %Ln assessed partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DashboardTiles</name>
    <message numerus="yes">
        <location filename="../../core/dashboard/DashboardTiles.cpp" line="+39"/>
        <source>Not churned on %1: %2; in %n region(s).</source>
        <translation>
            <numerusform>Not churned on %1: %2; in %n region.</numerusform>
            <numerusform>Not churned on %1: %2; in %n regions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 sold against a target of %2 in %3 (%n results row(s)).</source>
        <translation>
            <numerusform>%1 sold against a target of %2 in %3 (%n results row).</numerusform>
            <numerusform>%1 sold against a target of %2 in %3 (%n results rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n of them by an inferred date (the partner&apos;s last edit before the workbook recorded status changes).</source>
        <translation>
            <numerusform>%n of them by an inferred date (the partner&apos;s last edit before the workbook recorded status changes).</numerusform>
            <numerusform>%n of them by an inferred date (the partner&apos;s last edit before the workbook recorded status changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n partner(s) joined and churned within the period, not counted.</source>
        <translation>
            <numerusform>%n partner joined and churned within the period, not counted.</numerusform>
            <numerusform>%n partners joined and churned within the period, not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n churned partner(s) have no known churn date and are not counted.</source>
        <translation>
            <numerusform>%n churned partner has no known churn date and is not counted.</numerusform>
            <numerusform>%n churned partners have no known churn date and are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The mean over %n partner(s) with a satisfaction score</source>
        <translation>
            <numerusform>The mean over %n partner with a satisfaction score</numerusform>
            <numerusform>The mean over %n partners with a satisfaction score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n without one.</source>
        <translation>
            <numerusform>; %n without one.</numerusform>
            <numerusform>; %n without one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+91"/>
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
        <location filename="../../ui/capability/DistributionChart.cpp" line="+242"/>
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
        <location filename="../../ui/import/ImportCheckPage.cpp" line="+198"/>
        <source>%Ln row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln row cannot be imported as it is.</numerusform>
            <numerusform>%Ln rows cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln value(s) were read with a guess worth checking (notes below).</source>
        <translation>
            <numerusform>%Ln value was read with a guess worth checking (notes below).</numerusform>
            <numerusform>%Ln values were read with a guess worth checking (notes below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
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
        <location filename="../../ui/import/ImportFilePage.cpp" line="+200"/>
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
        <location filename="../../ui/import/ImportWizard.cpp" line="+91"/>
        <source>%Ln existing record(s) changed; the details list them.</source>
        <translation>
            <numerusform>%Ln existing record changed; the details list it.</numerusform>
            <numerusform>%Ln existing records changed; the details list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
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
        <location filename="../../core/storage/IncentiveBook.cpp" line="+281"/>
        <source>Closed with policy version %1: %n statement(s), %2 in total.</source>
        <translation>
            <numerusform>Closed with policy version %1: %n statement, %2 in total.</numerusform>
            <numerusform>Closed with policy version %1: %n statements, %2 in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::IncentivesView</name>
    <message numerus="yes">
        <location filename="../../ui/incentives/IncentivesView.cpp" line="+417"/>
        <source>Print Preview — %n Statement(s)</source>
        <translation>
            <numerusform>Print Preview — %n Statement</numerusform>
            <numerusform>Print Preview — %n Statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+494"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../core/storage/PartnerRepository.cpp" line="+147"/>
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
        <location filename="../../ui/partners/PartnersView.cpp" line="+158"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln partner(s)</source>
        <translation>
            <numerusform>%1 of %Ln partner</numerusform>
            <numerusform>%1 of %Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+204"/>
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
        <location filename="../../ui/incentives/ScenarioPanel.cpp" line="+337"/>
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
        <location filename="../../ui/scorecard/ScorecardBatch.cpp" line="+76"/>
        <source>Cancelled; the %Ln finished file(s) are kept in %1.</source>
        <translation>
            <numerusform>Cancelled; the %Ln finished file is kept in %1.</numerusform>
            <numerusform>Cancelled; the %Ln finished files are kept in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../../ui/print/ScorecardCharts.cpp" line="+52"/>
        <source>Overall score, last %n quarter(s)</source>
        <translation>
            <numerusform>Overall score, last %n quarter</numerusform>
            <numerusform>Overall score, last %n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/print/ScorecardOkrSections.cpp" line="+90"/>
        <source>+%n more objective(s)</source>
        <translation>
            <numerusform>+%n more objective</numerusform>
            <numerusform>+%n more objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n more key result(s)</source>
        <translation>
            <numerusform>+%n more key result</numerusform>
            <numerusform>+%n more key results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardView</name>
    <message numerus="yes">
        <location filename="../../ui/scorecard/ScorecardView.cpp" line="+364"/>
        <source>Print Preview — %n Scorecard(s)</source>
        <translation>
            <numerusform>Print Preview — %n Scorecard</numerusform>
            <numerusform>Print Preview — %n Scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Print %n Scorecard(s)</source>
        <translation>
            <numerusform>Print %n Scorecard</numerusform>
            <numerusform>Print %n Scorecards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Scoring</name>
    <message numerus="yes">
        <location filename="../../core/scorecard/Scoring.cpp" line="+126"/>
        <source>%1 has no data; its weight went to the other %2 KPIs.</source>
        <translation>
            <numerusform>%1 has no data; its weight went to the other %2 KPIs.</numerusform>
            <numerusform>%1 have no data; their weight went to the other %2 KPIs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
        <location filename="../../core/incentive/StatementLine.cpp" line="+162"/>
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
        <location filename="../../ui/incentives/StatementsPanel.cpp" line="+225"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+14"/>
        <source>%Ln exception(s)</source>
        <translation>
            <numerusform>%Ln exception</numerusform>
            <numerusform>%Ln exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::TierConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../ui/tiers/TierConfirmDialog.cpp" line="+32"/>
        <source>%n tier change(s) from the review of %1. Each is kept in the partner&apos;s tier history, dated, with the reason and who confirmed it.</source>
        <translation>
            <numerusform>%n tier change from the review of %1. It is kept in the partner&apos;s tier history, dated, with the reason and who confirmed it.</numerusform>
            <numerusform>%n tier changes from the review of %1. Each is kept in the partner&apos;s tier history, dated, with the reason and who confirmed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Confirm %n Change(s)</source>
        <translation>
            <numerusform>Confirm %n Change</numerusform>
            <numerusform>Confirm %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::TierReviewView</name>
    <message numerus="yes">
        <location filename="../../ui/tiers/TierReviewView.cpp" line="+390"/>
        <source>%Ln proposal(s)</source>
        <translation>
            <numerusform>%Ln proposal</numerusform>
            <numerusform>%Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln promotion(s)</source>
        <translation>
            <numerusform>%Ln promotion</numerusform>
            <numerusform>%Ln promotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln demotion(s)</source>
        <translation>
            <numerusform>%Ln demotion</numerusform>
            <numerusform>%Ln demotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln held</numerusform>
            <numerusform>%Ln held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %Ln first tier(s)</source>
        <translation>
            <numerusform>, %Ln first tier</numerusform>
            <numerusform>, %Ln first tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln confirmed</source>
        <translation>
            <numerusform>; %Ln confirmed</numerusform>
            <numerusform>; %Ln confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::TierWords</name>
    <message numerus="yes">
        <location filename="../../core/tier/TierWords.cpp" line="+101"/>
        <source>%n more product line(s) to reach %1&apos;s minimum coverage of %2.</source>
        <translation>
            <numerusform>%n more product line to reach %1&apos;s minimum coverage of %2.</numerusform>
            <numerusform>%n more product lines to reach %1&apos;s minimum coverage of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n more product line(s) would raise the score to %1 on its own.</source>
        <translation>
            <numerusform>%n more product line would raise the score to %1 on its own.</numerusform>
            <numerusform>%n more product lines would raise the score to %1 on its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::WatchList</name>
    <message numerus="yes">
        <location filename="../../core/capability/WatchList.cpp" line="+85"/>
        <source>Sales achievement below %1 % in %n consecutive quarter(s) (%2).</source>
        <translation>
            <numerusform>Sales achievement below %1 % in %n quarter (%2).</numerusform>
            <numerusform>Sales achievement below %1 % in %n consecutive quarters (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
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
        <location filename="../../core/storage/WorkbookHeader.cpp" line="+55"/>
        <location line="+18"/>
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation>
            <numerusform>“%1” is damaged: the file is cut short (%Ln byte).</numerusform>
            <numerusform>“%1” is damaged: the file is cut short (%Ln bytes).</numerusform>
        </translation>
    </message>
</context>
</TS>
