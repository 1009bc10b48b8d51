<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::Cli</name>
    <message numerus="yes">
        <location filename="../../app/Cli.cpp" line="+122"/>
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+106"/>
        <source>delete %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+336"/>
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n on the watch list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message numerus="yes">
        <location filename="../../core/storage/PartnerRepository.cpp" line="+165"/>
        <source>“%1” is the parent partner of %n partner(s). Give them another parent first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnersView</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnersView.cpp" line="+164"/>
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Delete the %n selected partner(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message numerus="yes">
        <location filename="../../core/storage/Workbook.cpp" line="+71"/>
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
