<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation><numerusform>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event)</numerusform><numerusform>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n events)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation><numerusform>%1 communications from %n repository in the cache</numerusform><numerusform>%1 communications from %n repositories in the cache</numerusform></translation>
    </message>
    </context>
<context>
    <name>PdfViewer</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    </context>
<context>
    <name>RelatedPanel</name>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation><numerusform>%1 — %n communication</numerusform><numerusform>%1 — %n communications</numerusform></translation>
    </message>
    </context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <source>%1 communication(s)</source>
        <translation><numerusform>%1 communication</numerusform><numerusform>%1 communications</numerusform></translation>
    </message>
    </context>
<context>
    <name>TemplateHistoryDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %n version(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n version</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n versions</numerusform></translation>
    </message>
    </context>
<context>
    <name>proofdesk::itemmodels::CsvExporter</name>
    <message numerus="yes">
        <source>%n communication(s) exported to %1</source>
        <translation><numerusform>%n communication exported to %1</numerusform><numerusform>%n communications exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MetadataModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    </context>
<context>
    <name>proofdesk::sync::ImportJob</name>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation><numerusform>%n record imported</numerusform><numerusform>%n records imported</numerusform></translation>
    </message>
</context>
</TS>