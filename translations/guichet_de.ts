<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>guichet::cli</name>
    <message>
        <source>Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
