<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::Cli</name>
    <message numerus="yes">
        <location filename="../../app/Cli.cpp" line="+129"/>
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation>
            <numerusform>Created the demo workbook %1 with %n partner.</numerusform>
            <numerusform>Created the demo workbook %1 with %n partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message numerus="yes">
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+107"/>
        <source>delete %n partner(s)</source>
        <translation>
            <numerusform>delete %n partner</numerusform>
            <numerusform>delete %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+347"/>
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
        <source>%Ln on the watch list</source>
        <translation>
            <numerusform>%Ln on the watch list</numerusform>
            <numerusform>%Ln on the watch list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message numerus="yes">
        <location filename="../../core/storage/PartnerRepository.cpp" line="+164"/>
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
        <location filename="../../ui/partners/PartnersView.cpp" line="+139"/>
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
        <location line="+163"/>
        <source>Delete the %n selected partner(s)?</source>
        <translation>
            <numerusform>Delete the %n selected partner?</numerusform>
            <numerusform>Delete the %n selected partners?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message numerus="yes">
        <location filename="../../core/storage/Workbook.cpp" line="+71"/>
        <location line="+13"/>
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation>
            <numerusform>“%1” is damaged: the file is cut short (%Ln byte).</numerusform>
            <numerusform>“%1” is damaged: the file is cut short (%Ln bytes).</numerusform>
        </translation>
    </message>
</context>
</TS>
