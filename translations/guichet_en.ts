<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft must be 4, 6, 7 or 2020-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote: &quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jsonl reads the documents from standard input: give no DATA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate JSON documents against a JSON Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form needs an action: fields, roundtrip or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ui needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--i18n needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--focus needs a JSON Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form roundtrip needs a DATA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form show needs --screenshot FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a form with real widgets: list its fields, round-trip a document, or take a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA may be a form folder (forms/&lt;id&gt;/&lt;version&gt;) holding schema.json, ui.json and i18n/; its formats are always asserted. For a schema file, formats are annotations unless --format-assertion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::forms</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the texts must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ui.json %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect must be SHOW, HIDE, ENABLE or DISABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs a condition object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be a &quot;#/...&quot; pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Control needs a scope &quot;#/properties/...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Categorization holds only Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout needs &quot;elements&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UI schema must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::gui</name>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop client for the social-security portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session&apos;s drafts, tokens and caches in DIR (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (fr, nl, de or en) instead of the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in this workspace (home, self-employed, employer, helpdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE.png and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create or write the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (use home, self-employed, employer or helpdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dialog &quot;%1&quot; (use diagnostics, settings or about)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::json</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number (digit expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::schema</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a URI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot resolve &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list property names as strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map names to arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the references loop without consuming the instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::schema::Messages</name>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid time (hh:mm:ss with a time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid duration (for example P3D or PT2H30M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid host name (for example www.example.be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IPv4 address (for example 192.0.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid web address, for example https://www.example.be/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid web address or part of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid URI template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid JSON Pointer (for example /items/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid relative JSON Pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid national register number (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid enterprise number (10 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid Belgian postal code (4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not of an accepted kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a group of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box must be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box must not be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required when &quot;%1&quot; is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Enter at least %n character.</numerusform>
            <numerusform>Enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n item(s).</source>
        <translation>
            <numerusform>Add at least %n item.</numerusform>
            <numerusform>Add at least %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter no more than %n item(s).</source>
        <translation>
            <numerusform>Enter no more than %n item.</numerusform>
            <numerusform>Enter no more than %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in at least %n field(s).</source>
        <translation>
            <numerusform>Fill in at least %n field.</numerusform>
            <numerusform>Fill in at least %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in no more than %n field(s).</source>
        <translation>
            <numerusform>Fill in no more than %n field.</numerusform>
            <numerusform>Fill in no more than %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) must meet the condition.</source>
        <translation>
            <numerusform>At least %n item must meet the condition.</numerusform>
            <numerusform>At least %n items must meet the condition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) may meet the condition.</source>
        <translation>
            <numerusform>At most %n item may meet the condition.</numerusform>
            <numerusform>At most %n items may meet the condition.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one item must meet the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter at most %n decimal.</numerusform>
            <numerusform>Enter at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match the expected pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same; each item must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match any of the accepted options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value fits %n options; it must fit exactly one.</source>
        <translation>
            <numerusform>The value fits %n option; it must fit exactly one.</numerusform>
            <numerusform>The value fits %n options; it must fit exactly one.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s messages are malformed at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested too deeply to be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the social-security portal: sign in with your eID card, fill in forms, keep drafts offline and submit declarations as a self-employed person, an employer or a helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the full address, for example https://portal.example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal must be reached over a secure connection: use an address starting with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsDialog</name>
    <message>
        <source>The report is on the clipboard: paste it into your helpdesk ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Guichet knows about this computer. It holds no personal data: copy it into a ticket when the helpdesk asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole report as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsReport</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS support in Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: Qt found no usable TLS library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(p11-kit: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: no answer within a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet diagnostics, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::KeychainProbe</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Guichet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, portal address and start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the helpdesk needs to know about this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1, Ctrl+2 and Ctrl+3 open them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — no portal address set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — not connected to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the portal address in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet will look for your card reader when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are kept for your user account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Guichet&apos;s windows and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the portal server. It must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://portal.example.be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty until your organisation gives you the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page Guichet shows when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter for social-security declarations: sign in with your eID card, fill in your forms, keep drafts safely on this computer and send them when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an early version: the workspaces show what is coming. You can already choose your language in View &gt; Language and enter the portal address in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::WorkspacePage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Name of the start page in the navigation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>Name of the workspace for self-employed people (noun)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Name of the workspace for employers (noun, the one who employs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <extracomment>Name of the workspace for helpdesk staff</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here: what Guichet does and where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File your own forms: contributions, flexi-job and student quotas, address and bank changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff register, Dimona for each hire and departure, the quarterly DmfA for all your workers, batch submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter, on their behalf under a mandate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File your own forms with the social-security portal, in plain language and at your own pace. Guichet checks each answer as you type and keeps your drafts safe until you send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For employers and social secretariats: your staff register, a Dimona for each hire and departure, the quarterly DmfA for all your workers, and batch submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter: look a person up, act on their behalf under a mandate, with every action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is being built. Once it is ready you will sign in with your eID card and find here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust your provisional social contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your flexi-job and student work quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your address or bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved as you type, even offline, and a receipt for each declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff register, with import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimona declarations for each hire and departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly DmfA, for hundreds or thousands of workers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch submission, with status follow-up and each anomaly shown on its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a person up by national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on behalf of a citizen under a mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit trail of every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clean wipe between two citizens on a shared desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dimona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workers from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session and wipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ArrayTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n error(s)</source>
        <translation>
            <numerusform>This row has %n error</numerusform>
            <numerusform>This row has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::DateEdit</name>
    <message>
        <source>Choose a date in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ErrorSummary</name>
    <message>
        <source>No errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct</source>
        <translation>
            <numerusform>%n error to correct</numerusform>
            <numerusform>%n errors to correct</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an error to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormPanel</name>
    <message>
        <source>Section; press Space to show or hide its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormView</name>
    <message>
        <source>&amp;Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every error (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::TableEditor</name>
    <message>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter edits the row below the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
