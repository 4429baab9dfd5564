<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>guichet::DataDir</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA certificate %1 named in %2 cannot be read.</source>
        <translation>Le certificat d&apos;autorité de certification %1 indiqué dans %2 est illisible.</translation>
    </message>
</context>
<context>
    <name>guichet::api</name>
    <message>
        <source>The portal at %1 did not answer in time.</source>
        <translation>Le portail %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The portal at %1 cannot be reached: %2</source>
        <translation>Le portail %1 est inaccessible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Talking to the portal at %1 failed: %2</source>
        <translation>La communication avec le portail %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign in with your eID card to reach the portal.</source>
        <translation>Connectez-vous avec votre carte eID pour accéder au portail.</translation>
    </message>
</context>
<context>
    <name>guichet::cli</name>
    <message>
        <source>Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</source>
        <translation>Utilisation&#xa0;: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang LANGUAGE</source>
        <translation>Options&#xa0;: --help, --version, --lang LANGUAGE</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>langue non prise en charge &quot;%1&quot; (utilisez fr, nl, de ou en)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli --help</source>
        <translation>commande inconnue &quot;%1&quot;&#xa0;; voir guichet-cli --help</translation>
    </message>
    <message>
        <source>usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</source>
        <translation>utilisation&#xa0;: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] [--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]</translation>
    </message>
    <message>
        <source>--lang needs a language</source>
        <translation>--lang attend une langue</translation>
    </message>
    <message>
        <source>--draft must be 4, 6, 7 or 2020-12</source>
        <translation>--draft doit valoir 4, 6, 7 ou 2020-12</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR</source>
        <translation>--remote attend BASE_URI=DIR</translation>
    </message>
    <message>
        <source>--remote needs BASE_URI=DIR, got &quot;%1&quot;</source>
        <translation>--remote attend BASE_URI=DIR, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--remote: &quot;%1&quot; is not a folder</source>
        <translation>--remote&#xa0;: &quot;%1&quot; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation>aucun schéma indiqué</translation>
    </message>
    <message>
        <source>--jsonl reads the documents from standard input: give no DATA file</source>
        <translation>--jsonl lit les documents sur l&apos;entrée standard&#xa0;: n&apos;indiquez aucun fichier DATA</translation>
    </message>
    <message>
        <source>cannot read the schema &quot;%1&quot;: %2</source>
        <translation>impossible de lire le schéma &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; is not valid JSON: %2</source>
        <translation>le schéma &quot;%1&quot; n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; cannot be used: %2</source>
        <translation>le schéma &quot;%1&quot; est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Validate JSON documents against a JSON Schema</source>
        <translation>Valider des documents JSON avec un schéma JSON</translation>
    </message>
    <message>
        <source>form needs an action: fields, roundtrip or show</source>
        <translation>form attend une action&#xa0;: fields, roundtrip ou show</translation>
    </message>
    <message>
        <source>unknown form action &quot;%1&quot;</source>
        <translation>action de formulaire inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ui needs a file</source>
        <translation>--ui attend un fichier</translation>
    </message>
    <message>
        <source>--i18n needs a folder</source>
        <translation>--i18n attend un dossier</translation>
    </message>
    <message>
        <source>--data needs a file</source>
        <translation>--data attend un fichier</translation>
    </message>
    <message>
        <source>--screenshot needs a file</source>
        <translation>--screenshot attend un fichier</translation>
    </message>
    <message>
        <source>--focus needs a JSON Pointer</source>
        <translation>--focus attend un pointeur JSON</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT</source>
        <translation>--size attend WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>form roundtrip needs a DATA file</source>
        <translation>form roundtrip attend un fichier DATA</translation>
    </message>
    <message>
        <source>form show needs --screenshot FILE.png</source>
        <translation>form show attend --screenshot FILE.png</translation>
    </message>
    <message>
        <source>the form &quot;%1&quot; cannot be used: %2</source>
        <translation>le formulaire &quot;%1&quot; est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation>impossible d&apos;écrire &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Render a form with real widgets: list its fields, round-trip a document, or take a screenshot</source>
        <translation>Afficher un formulaire avec de vrais widgets&#xa0;: lister ses champs, faire l&apos;aller-retour d&apos;un document ou prendre une capture d&apos;écran</translation>
    </message>
    <message>
        <source>usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA may be a form folder (forms/&lt;id&gt;/&lt;version&gt;) holding schema.json, ui.json and i18n/; its formats are always asserted. For a schema file, formats are annotations unless --format-assertion.</source>
        <translation>utilisation&#xa0;: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] [--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] [--remote BASE_URI=DIR ...]
              guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] [--remote ...]
              guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] --screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]
SCHEMA peut être un dossier de formulaire (forms/&lt;id&gt;/&lt;version&gt;) contenant schema.json, ui.json et i18n/&#xa0;; ses formats sont toujours vérifiés. Pour un fichier de schéma, les formats sont de simples annotations sauf avec --format-assertion.</translation>
    </message>
    <message>
        <source>usage: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</source>
        <translation>utilisation&#xa0;: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] [--national-number NN] [--given-name NAME] [--surname NAME]</translation>
    </message>
    <message>
        <source>prepare a demo data folder (PKI, eID token, trust)</source>
        <translation>préparer un dossier de données de démonstration (PKI, jeton eID, confiance)</translation>
    </message>
    <message>
        <source>usage: guichet-cli drafts new FORM DATA.json [--title TITLE]
       guichet-cli drafts list [--deleted]
       guichet-cli drafts show ID
       guichet-cli drafts export ID FILE
       guichet-cli drafts import FILE
       guichet-cli drafts delete ID | restore ID
options: --data-dir DIR, --passphrase-stdin (first line of stdin: the passphrase of the drafts when no keychain answers, and of the file for export and import unless a second line gives the file&apos;s own)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation>utilisation&#xa0;: guichet-cli drafts new FORM DATA.json [--title TITLE]
              guichet-cli drafts list [--deleted]
              guichet-cli drafts show ID
              guichet-cli drafts export ID FILE
              guichet-cli drafts import FILE
              guichet-cli drafts delete ID | restore ID
options&#xa0;: --data-dir DIR, --passphrase-stdin (première ligne de l&apos;entrée standard&#xa0;: la phrase secrète des brouillons lorsqu&apos;aucun trousseau de clés ne répond, et celle du fichier pour l&apos;export et l&apos;import, sauf si une deuxième ligne donne la phrase secrète propre au fichier)
FORM est l&apos;identifiant d&apos;un formulaire intégré (sa dernière version) ou id@version.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir attend un dossier</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>--title attend un texte</translation>
    </message>
    <message>
        <source>drafts needs an action: new, list, show, export, import, delete or restore</source>
        <translation>drafts attend une action&#xa0;: new, list, show, export, import, delete ou restore</translation>
    </message>
    <message>
        <source>unknown drafts action &quot;%1&quot;</source>
        <translation>action drafts inconnue &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>drafts %1 needs %n argument(s)</source>
        <translation>
            <numerusform>drafts %1 attend %n argument</numerusform>
            <numerusform>drafts %1 attend %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of the drafts: </source>
        <translation>Phrase secrète des brouillons&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes sont différentes</translation>
    </message>
    <message>
        <source>there is no form &quot;%1&quot; (use a catalogue id, or id@version)</source>
        <translation>il n&apos;existe pas de formulaire &quot;%1&quot; (utilisez un identifiant du catalogue, ou id@version)</translation>
    </message>
    <message numerus="yes">
        <source>the draft is saved but not valid yet (%n error(s))</source>
        <translation>
            <numerusform>le brouillon est enregistré mais n&apos;est pas encore valide (%n erreur)</numerusform>
            <numerusform>le brouillon est enregistré mais n&apos;est pas encore valide (%n erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the exported draft: </source>
        <translation>Phrase secrète du brouillon exporté&#xa0;: </translation>
    </message>
    <message>
        <source>an exported draft needs a passphrase: give it with --passphrase-stdin</source>
        <translation>un brouillon exporté nécessite une phrase secrète&#xa0;: indiquez-la avec --passphrase-stdin</translation>
    </message>
    <message>
        <source>Passphrase of the draft file: </source>
        <translation>Phrase secrète du fichier de brouillon&#xa0;: </translation>
    </message>
    <message>
        <source>a draft file needs its passphrase: give it with --passphrase-stdin</source>
        <translation>un fichier de brouillon nécessite sa phrase secrète&#xa0;: indiquez-la avec --passphrase-stdin</translation>
    </message>
    <message>
        <source>Keep drafts in the encrypted store: new, list, show, export, import, delete</source>
        <translation>Conserver les brouillons dans le stockage chiffré&#xa0;: new, list, show, export, import, delete</translation>
    </message>
    <message>
        <source>usage: guichet-cli eid status [--module PATH] [--data-dir DIR]</source>
        <translation>utilisation&#xa0;: guichet-cli eid status [--module PATH] [--data-dir DIR]</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 module</source>
        <translation>--module attend le chemin d&apos;un module PKCS#11</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>argument inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--data-dir: &quot;%1&quot; is not a folder</source>
        <translation>--data-dir&#xa0;: &quot;%1&quot; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>eid needs a subcommand</source>
        <translation>eid attend une sous-commande</translation>
    </message>
    <message>
        <source>unknown eid subcommand &quot;%1&quot;</source>
        <translation>sous-commande eid inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>eID: card readers, cards and certificates (eid status)</source>
        <translation>eID&#xa0;: lecteurs de carte, cartes et certificats (eid status)</translation>
    </message>
    <message>
        <source>usage: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</source>
        <translation>utilisation&#xa0;: guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]</translation>
    </message>
    <message>
        <source>sign in with the eID card and print who the portal says you are</source>
        <translation>se connecter avec la carte eID et afficher l&apos;identité reconnue par le portail</translation>
    </message>
    <message>
        <source>usage: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
       guichet-cli outbox status
       guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
options: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first line of stdin, before the PIN)
FORM is a bundled form&apos;s id (its latest version) or id@version.</source>
        <translation>utilisation&#xa0;: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]
              guichet-cli outbox status
              guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] [--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
options&#xa0;: --data-dir DIR, --passphrase-stdin (la phrase secrète des brouillons sur la première ligne de l&apos;entrée standard, avant le code PIN)
FORM est l&apos;identifiant d&apos;un formulaire intégré (sa dernière version) ou id@version.</translation>
    </message>
    <message>
        <source>outbox needs an action: add, status or flush</source>
        <translation>outbox attend une action&#xa0;: add, status ou flush</translation>
    </message>
    <message>
        <source>unknown outbox action &quot;%1&quot;</source>
        <translation>action outbox inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--request-timeout needs a number of seconds</source>
        <translation>--request-timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--backoff-base needs milliseconds</source>
        <translation>--backoff-base attend une durée en millisecondes</translation>
    </message>
    <message>
        <source>--backoff-cap needs milliseconds</source>
        <translation>--backoff-cap attend une durée en millisecondes</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 16</source>
        <translation>--concurrency attend un nombre de 1 à 16</translation>
    </message>
    <message>
        <source>--on-behalf-of needs an enterprise or national number</source>
        <translation>--on-behalf-of attend un numéro d&apos;entreprise ou un numéro de registre national</translation>
    </message>
    <message>
        <source>outbox add needs FORM and DATA</source>
        <translation>outbox add attend FORM et DATA</translation>
    </message>
    <message>
        <source>--pin-stdin is for outbox flush</source>
        <translation>--pin-stdin est réservé à outbox flush</translation>
    </message>
    <message numerus="yes">
        <source>not queued: the declaration has %n error(s)</source>
        <translation>
            <numerusform>non mis en file d&apos;attente&#xa0;: la déclaration contient %n erreur</numerusform>
            <numerusform>non mis en file d&apos;attente&#xa0;: la déclaration contient %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal does not answer; still trying</source>
        <translation>le portail ne répond pas&#xa0;; nouvelle tentative en cours</translation>
    </message>
    <message>
        <source>the portal asks to sign in again: %1 submission(s) still pending</source>
        <translation>le portail demande de vous reconnecter&#xa0;: %1 envoi(s) toujours en attente</translation>
    </message>
    <message>
        <source>the portal could not be reached; %1 submission(s) wait in the outbox</source>
        <translation>le portail est inaccessible&#xa0;; %1 envoi(s) en attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 submission(s) still pending; run outbox flush again</source>
        <translation>%1 envoi(s) toujours en attente&#xa0;; relancez outbox flush</translation>
    </message>
    <message>
        <source>the submission queue: add (validated), status, flush (send, retry, poll until every result is known)</source>
        <translation>la file d&apos;envoi&#xa0;: add (validé), status, flush (envoyer, réessayer, interroger jusqu&apos;à ce que chaque résultat soit connu)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing is lost: submit again with --idempotency-key %1 and the portal will not file it twice</source>
        <translation>rien n&apos;est perdu&#xa0;: renvoyez avec --idempotency-key %1 et le portail ne l&apos;enregistrera pas deux fois</translation>
    </message>
    <message>
        <source>the portal refused the declaration (%1): %2</source>
        <translation>le portail a refusé la déclaration (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>sign in and file a declaration; --wait polls its result</source>
        <translation>se connecter et envoyer une déclaration&#xa0;; --wait attend son résultat</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation>--server attend une URL</translation>
    </message>
    <message>
        <source>--module needs the path of a PKCS#11 library</source>
        <translation>--module attend le chemin d&apos;une bibliothèque PKCS#11</translation>
    </message>
    <message>
        <source>--token needs a token label</source>
        <translation>--token attend le libellé d&apos;un jeton</translation>
    </message>
    <message>
        <source>--server needs an https:// URL (got &quot;%1&quot;)</source>
        <translation>--server attend une URL https:// (reçu &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>no PKCS#11 module found; install the eID middleware or give --module</source>
        <translation>aucun module PKCS#11 trouvé&#xa0;; installez le logiciel eID (middleware) ou indiquez --module</translation>
    </message>
    <message>
        <source>the card&apos;s PIN is blocked after too many wrong tries; unblock it with your PUK code at your municipality</source>
        <translation>le code PIN de la carte est bloqué après trop d&apos;essais erronés&#xa0;; débloquez-le avec votre code PUK auprès de votre commune</translation>
    </message>
    <message>
        <source>type your PIN on the card reader&apos;s keypad</source>
        <translation>tapez votre code PIN sur le clavier du lecteur de carte</translation>
    </message>
    <message>
        <source>no PIN given (use --pin-stdin or type it when asked)</source>
        <translation>aucun code PIN indiqué (utilisez --pin-stdin ou tapez-le lorsqu&apos;il est demandé)</translation>
    </message>
    <message>
        <source>--receipt %1 is a folder; name the PDF file to write</source>
        <translation>--receipt %1 est un dossier&#xa0;; indiquez le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>--receipt %1: the folder %2 does not exist or is not writable</source>
        <translation>--receipt %1&#xa0;: le dossier %2 n&apos;existe pas ou n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>pas d&apos;accusé de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s signature does not match its content</source>
        <translation>avertissement&#xa0;: la signature de l&apos;accusé de réception ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>warning: the receipt&apos;s data fingerprint does not match the data sent</source>
        <translation>avertissement&#xa0;: l&apos;empreinte des données de l&apos;accusé de réception ne correspond pas aux données envoyées</translation>
    </message>
    <message>
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</source>
        <translation>utilisation&#xa0;: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] [--receipt FILE.pdf]</translation>
    </message>
    <message>
        <source>no receipt yet: the portal has not processed the declaration</source>
        <translation>pas encore d&apos;accusé de réception&#xa0;: le portail n&apos;a pas traité la déclaration</translation>
    </message>
</context>
<context>
    <name>guichet::drafts</name>
    <message>
        <source>The drafts file is damaged (%1).</source>
        <translation>Le fichier des brouillons est endommagé (%1).</translation>
    </message>
    <message>
        <source>The drafts file could not be read or written (%1).</source>
        <translation>Le fichier des brouillons n&apos;a pas pu être lu ou écrit (%1).</translation>
    </message>
    <message>
        <source>The drafts file &quot;%1&quot; cannot be created.</source>
        <translation>Impossible de créer le fichier des brouillons &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The drafts file cannot use write-ahead logging.</source>
        <translation>Le fichier des brouillons ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>This is not a Guichet draft file, or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier de brouillon Guichet, ou il est endommagé.</translation>
    </message>
    <message>
        <source>An exported draft needs a passphrase.</source>
        <translation>Un brouillon exporté nécessite une phrase secrète.</translation>
    </message>
    <message>
        <source>This draft file is protected by a passphrase.</source>
        <translation>Ce fichier de brouillon est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: the passphrase is wrong or the file was altered.</source>
        <translation>Impossible d&apos;ouvrir le fichier de brouillon&#xa0;: la phrase secrète est erronée ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Le brouillon %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or was altered: it cannot be decrypted.</source>
        <translation>Le brouillon %1 est endommagé ou a été modifié&#xa0;: il ne peut pas être déchiffré.</translation>
    </message>
    <message>
        <source>The draft %1 was encrypted with a key that is not available.</source>
        <translation>Le brouillon %1 a été chiffré avec une clé qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The drafts cannot be opened without an owner.</source>
        <translation>Les brouillons ne peuvent pas être ouverts sans propriétaire.</translation>
    </message>
    <message>
        <source>The data folder &quot;%1&quot; cannot be created.</source>
        <translation>Impossible de créer le dossier de données &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This key is not one of the owner&apos;s draft keys.</source>
        <translation>Cette clé ne fait pas partie des clés de brouillon du propriétaire.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Protect the drafts with a passphrase instead: --passphrase-stdin</source>
        <translation>Aucun trousseau de clés n&apos;a répondu (%1). Protégez plutôt les brouillons par une phrase secrète&#xa0;: --passphrase-stdin</translation>
    </message>
    <message>
        <source>The keychain refused to store the drafts&apos; key (%1).</source>
        <translation>Le trousseau de clés a refusé d&apos;enregistrer la clé des brouillons (%1).</translation>
    </message>
    <message>
        <source>No keychain answered (%1). These drafts are protected by the keychain: open them in a session where it is unlocked.</source>
        <translation>Aucun trousseau de clés n&apos;a répondu (%1). Ces brouillons sont protégés par le trousseau de clés&#xa0;: ouvrez-les dans une session où il est déverrouillé.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of these drafts: they cannot be decrypted.</source>
        <translation>Le trousseau de clés ne contient plus la clé de ces brouillons&#xa0;: ils ne peuvent pas être déchiffrés.</translation>
    </message>
    <message>
        <source>These drafts are protected by a passphrase: give it with --passphrase-stdin.</source>
        <translation>Ces brouillons sont protégés par une phrase secrète&#xa0;: indiquez-la avec --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the drafts&apos; key cannot be unlocked with it.</source>
        <translation>La phrase secrète est erronée&#xa0;: elle ne permet pas de déverrouiller la clé des brouillons.</translation>
    </message>
    <message>
        <source>These drafts have no key record: they cannot be decrypted.</source>
        <translation>Ces brouillons n&apos;ont pas d&apos;enregistrement de clé&#xa0;: ils ne peuvent pas être déchiffrés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet profile.</source>
        <translation>&quot;%1&quot; n&apos;est pas un profil Guichet.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be written.</source>
        <translation>Impossible d&apos;écrire le profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Guichet (schema %1; this one knows %2).</source>
        <translation>Le fichier des brouillons a été écrit par une version plus récente de Guichet (schéma %1&#xa0;; cette version connaît %2).</translation>
    </message>
    <message>
        <source>The passphrase settings of this data are not understood or ask for too much memory.</source>
        <translation>Les paramètres de phrase secrète de ces données ne sont pas reconnus ou exigent trop de mémoire.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>La clé n&apos;a pas pu être dérivée de la phrase secrète (échec de scrypt).</translation>
    </message>
    <message>
        <source>These drafts were wiped; nothing more can be saved in them.</source>
        <translation>Ces brouillons ont été effacés&#xa0;; plus rien ne peut y être enregistré.</translation>
    </message>
</context>
<context>
    <name>guichet::eid</name>
    <message>
        <source>A certificate of the trust configuration cannot be read.</source>
        <translation>Un certificat de la configuration de confiance est illisible.</translation>
    </message>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Un certificat de la chaîne a expiré.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Un certificat de la chaîne n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Le certificat a été révoqué.</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked cannot be checked.</source>
        <translation>Impossible de vérifier si le certificat a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate is not issued by a trusted certification authority.</source>
        <translation>Le certificat n&apos;est pas émis par une autorité de certification de confiance.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation>Impossible de vérifier la chaîne de certificats.</translation>
    </message>
    <message>
        <source>A revocation list of the trust configuration cannot be read.</source>
        <translation>Une liste de révocation de la configuration de confiance est illisible.</translation>
    </message>
    <message>
        <source>The authentication token format &quot;%1&quot; is not supported.</source>
        <translation>Le format de jeton d&apos;authentification &quot;%1&quot; n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The certificate in the authentication token is not valid base64.</source>
        <translation>Le certificat du jeton d&apos;authentification n&apos;est pas en base64 valide.</translation>
    </message>
    <message>
        <source>The signature in the authentication token is not valid base64.</source>
        <translation>La signature du jeton d&apos;authentification n&apos;est pas en base64 valide.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation>L&apos;algorithme de signature %1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 does not fit the certificate&apos;s key.</source>
        <translation>L&apos;algorithme de signature %1 ne correspond pas à la clé du certificat.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Le certificat n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not meant for digital signatures.</source>
        <translation>La clé du certificat n&apos;est pas destinée aux signatures numériques.</translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication.</source>
        <translation>Le certificat n&apos;est pas destiné à l&apos;authentification du client.</translation>
    </message>
    <message>
        <source>The authentication token was made for another site (%1).</source>
        <translation>Le jeton d&apos;authentification a été créé pour un autre site (%1).</translation>
    </message>
    <message>
        <source>The authentication token&apos;s signature is not valid.</source>
        <translation>La signature du jeton d&apos;authentification n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The certificate has malformed extensions.</source>
        <translation>Le certificat contient des extensions mal formées.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the demo token with softhsm2-util: %1</source>
        <translation>Impossible de créer le jeton de démonstration avec softhsm2-util&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The demo certificates cannot be read back.</source>
        <translation>Impossible de relire les certificats de démonstration.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries. Unblock it with your PUK code at the municipality.</source>
        <translation>Le code PIN de la carte est bloqué après trop d&apos;essais erronés. Débloquez-le avec votre code PUK auprès de la commune.</translation>
    </message>
    <message>
        <source>The PIN does not have the required length.</source>
        <translation>Le code PIN n&apos;a pas la longueur requise.</translation>
    </message>
    <message>
        <source>The card was removed from the reader. Insert it and try again.</source>
        <translation>La carte a été retirée du lecteur. Insérez-la et réessayez.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the reader.</source>
        <translation>La saisie du code PIN a été annulée sur le lecteur.</translation>
    </message>
    <message>
        <source>The card needs your PIN for this operation.</source>
        <translation>La carte a besoin de votre code PIN pour cette opération.</translation>
    </message>
    <message>
        <source>The card reader software was shut down.</source>
        <translation>Le logiciel du lecteur de carte a été arrêté.</translation>
    </message>
    <message>
        <source>The card reader software reported an error (%1 in %2).</source>
        <translation>Le logiciel du lecteur de carte a signalé une erreur (%1 dans %2).</translation>
    </message>
    <message>
        <source>The card reader software &quot;%1&quot; cannot be loaded: %2</source>
        <translation>Impossible de charger le logiciel du lecteur de carte &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a PKCS#11 module (no C_GetFunctionList)</source>
        <translation>ce n&apos;est pas un module PKCS#11 (pas de C_GetFunctionList)</translation>
    </message>
    <message>
        <source>No card labelled &quot;%1&quot; is in a reader. Insert your eID card.</source>
        <translation>Aucune carte portant le libellé &quot;%1&quot; ne se trouve dans un lecteur. Insérez votre carte eID.</translation>
    </message>
    <message>
        <source>The card reader software does not report card events.</source>
        <translation>Le logiciel du lecteur de carte ne signale pas les événements de carte.</translation>
    </message>
    <message>
        <source>The digest cannot be computed.</source>
        <translation>Impossible de calculer l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The digest cannot be encoded.</source>
        <translation>Impossible d&apos;encoder l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The card returned an unreadable %1.</source>
        <translation>La carte a renvoyé des données illisibles (%1).</translation>
    </message>
    <message>
        <source>The card has no key labelled &quot;%1&quot;.</source>
        <translation>La carte ne contient aucune clé portant le libellé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Le code PIN doit comporter de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>No PIN was typed on the reader in time. Try again.</source>
        <translation>Aucun code PIN n&apos;a été tapé à temps sur le lecteur. Réessayez.</translation>
    </message>
    <message>
        <source>One more wrong PIN will block the card.</source>
        <translation>Encore un code PIN erroné et la carte sera bloquée.</translation>
    </message>
    <message>
        <source>Few tries are left before the card is blocked.</source>
        <translation>Il ne reste que peu d&apos;essais avant le blocage de la carte.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>La carte ne peut pas produire ce type de signature.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot make %2 signatures.</source>
        <translation>La clé &quot;%1&quot; ne peut pas produire de signatures %2.</translation>
    </message>
    <message>
        <source>Unknown signature algorithm.</source>
        <translation>Algorithme de signature inconnu.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed (%1).</source>
        <translation>Une opération cryptographique a échoué (%1).</translation>
    </message>
    <message>
        <source>The certificate request is not usable: %1.</source>
        <translation>La demande de certificat est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Impossible de lire le certificat.</translation>
    </message>
    <message>
        <source>The revocation list cannot be read.</source>
        <translation>Impossible de lire la liste de révocation.</translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation>Impossible de lire la clé privée.</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>Impossible de lire la clé publique.</translation>
    </message>
    <message>
        <source>The issuer key does not match the issuer certificate.</source>
        <translation>La clé de l&apos;émetteur ne correspond pas au certificat de l&apos;émetteur.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2).</source>
        <translation>Le portail a refusé la connexion&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>The portal answered %1: %2</source>
        <translation>Le portail a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The card&apos;s certificate expired on %1. Renew your eID card at your municipality.</source>
        <translation>Le certificat de la carte a expiré le %1. Faites renouveler votre carte eID auprès de votre commune.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate is valid only from %1. Check the computer&apos;s date, or wait until the card is activated.</source>
        <translation>Le certificat de la carte n&apos;est valide qu&apos;à partir du %1. Vérifiez la date de l&apos;ordinateur, ou attendez que la carte soit activée.</translation>
    </message>
    <message>
        <source>The certificate on the card is not meant for signing in.</source>
        <translation>Le certificat de la carte n&apos;est pas destiné à la connexion.</translation>
    </message>
    <message>
        <source>The card&apos;s certificate was not issued by a trusted authority (%1).</source>
        <translation>Le certificat de la carte n&apos;a pas été émis par une autorité de confiance (%1).</translation>
    </message>
    <message>
        <source>The card holds no certificate labelled &quot;%1&quot;.</source>
        <translation>La carte ne contient aucun certificat portant le libellé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The card&apos;s key type (%1) is not supported.</source>
        <translation>Le type de clé de la carte (%1) n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The portal sent an unusable challenge.</source>
        <translation>Le portail a envoyé un défi inutilisable.</translation>
    </message>
    <message>
        <source>The portal sent no access token.</source>
        <translation>Le portail n&apos;a envoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>La signature est mal formée.</translation>
    </message>
    <message>
        <source>The authentication token is malformed: %1.</source>
        <translation>Le jeton d&apos;authentification est mal formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The key cannot make %1 signatures.</source>
        <translation>La clé ne peut pas produire de signatures %1.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>La signature a échoué.</translation>
    </message>
</context>
<context>
    <name>guichet::forms</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the texts must be a JSON object</source>
        <translation>les textes doivent être un objet JSON</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is not a string</source>
        <translation>le texte de &quot;%1&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>ui.json %1: %2</source>
        <translation>ui.json %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>effect must be SHOW, HIDE, ENABLE or DISABLE</source>
        <translation>effect doit valoir SHOW, HIDE, ENABLE ou DISABLE</translation>
    </message>
    <message>
        <source>a rule needs a condition object</source>
        <translation>une règle doit comporter un objet condition</translation>
    </message>
    <message>
        <source>scope must be a &quot;#/...&quot; pointer</source>
        <translation>scope doit être un pointeur &quot;#/...&quot;</translation>
    </message>
    <message>
        <source>a condition needs a schema</source>
        <translation>une condition doit comporter un schéma</translation>
    </message>
    <message>
        <source>an element must be an object</source>
        <translation>un élément doit être un objet</translation>
    </message>
    <message>
        <source>unknown element type &quot;%1&quot;</source>
        <translation>type d&apos;élément inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation>options doit être un objet</translation>
    </message>
    <message>
        <source>a Control needs a scope &quot;#/properties/...&quot;</source>
        <translation>un Control doit comporter un scope &quot;#/properties/...&quot;</translation>
    </message>
    <message>
        <source>elements must be an array</source>
        <translation>elements doit être un tableau</translation>
    </message>
    <message>
        <source>a Categorization holds only Categories</source>
        <translation>une Categorization ne peut contenir que des éléments Category</translation>
    </message>
    <message>
        <source>a layout needs &quot;elements&quot;</source>
        <translation>une mise en page doit comporter &quot;elements&quot;</translation>
    </message>
    <message>
        <source>the UI schema must be an object</source>
        <translation>le schéma d&apos;interface doit être un objet</translation>
    </message>
    <message>
        <source>messages must be an object</source>
        <translation>messages doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a form (use an id such as dimona, or id@version such as dimona@1)</source>
        <translation>&quot;%1&quot; ne désigne pas un formulaire (utilisez un identifiant comme dimona, ou id@version comme dimona@1)</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>Le formulaire &quot;%1&quot; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; cannot be read: %2</source>
        <translation>Impossible de lire le catalogue de formulaires &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The form catalogue &quot;%1&quot; is not valid.</source>
        <translation>Le catalogue de formulaires &quot;%1&quot; n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The draft is nested more than %1 levels deep: it cannot be moved to the new version of the form.</source>
        <translation>Le brouillon comporte plus de %1 niveaux d&apos;imbrication&#xa0;: il ne peut pas être transféré vers la nouvelle version du formulaire.</translation>
    </message>
    <message>
        <source>The new version of the form no longer has this field.</source>
        <translation>La nouvelle version du formulaire ne comporte plus ce champ.</translation>
    </message>
    <message>
        <source>The new version of the form no longer accepts this value: %1</source>
        <translation>La nouvelle version du formulaire n&apos;accepte plus cette valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>A draft of the form &quot;%1&quot; cannot be moved to the form &quot;%2&quot;.</source>
        <translation>Un brouillon du formulaire &quot;%1&quot; ne peut pas être transféré vers le formulaire &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The draft is not a form document (a JSON object): it cannot be moved to the new version of the form.</source>
        <translation>Le brouillon n&apos;est pas un document de formulaire (un objet JSON)&#xa0;: il ne peut pas être transféré vers la nouvelle version du formulaire.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The values set aside with this draft are damaged: %1</source>
        <translation>Les valeurs mises de côté avec ce brouillon sont endommagées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>guichet::gui</name>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>impossible d&apos;enregistrer la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>Desktop client for the social-security portal.</source>
        <translation>Client de bureau pour le portail de la sécurité sociale.</translation>
    </message>
    <message>
        <source>Keep this session&apos;s drafts, tokens and caches in DIR (created if needed).</source>
        <translation>Conserver les brouillons, jetons et caches de cette session dans DIR (créé si nécessaire).</translation>
    </message>
    <message>
        <source>Use this language (fr, nl, de or en) instead of the saved one.</source>
        <translation>Utiliser cette langue (fr, nl, de ou en) au lieu de celle enregistrée.</translation>
    </message>
    <message>
        <source>Start in this workspace (home, self-employed, employer, helpdesk).</source>
        <translation>Démarrer dans cet espace de travail (home, self-employed, employer, helpdesk).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE.png and quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans FILE.png et quitter.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use fr, nl, de or en)</source>
        <translation>langue non prise en charge &quot;%1&quot; (utilisez fr, nl, de ou en)</translation>
    </message>
    <message>
        <source>cannot create or write the data folder %1</source>
        <translation>impossible de créer le dossier de données %1 ou d&apos;y écrire</translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (use home, self-employed, employer or helpdesk)</source>
        <translation>espace de travail inconnu &quot;%1&quot; (utilisez home, self-employed, employer ou helpdesk)</translation>
    </message>
    <message>
        <source>Use the portal at URL for this run (not saved).</source>
        <translation>Utiliser le portail à l&apos;adresse URL pour cette exécution (non enregistré).</translation>
    </message>
    <message>
        <source>Use the PKCS#11 library at PATH for the eID card in this run.</source>
        <translation>Utiliser la bibliothèque PKCS#11 située à PATH pour la carte eID lors de cette exécution.</translation>
    </message>
    <message>
        <source>--server needs the portal&apos;s address</source>
        <translation>--server attend l&apos;adresse du portail</translation>
    </message>
    <message>
        <source>no PKCS#11 library at %1</source>
        <translation>aucune bibliothèque PKCS#11 à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>unknown dialog &quot;%1&quot; (use diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked or signed-in)</source>
        <translation>boîte de dialogue inconnue &quot;%1&quot; (utilisez diagnostics, settings, about, pin, pin-count-low, pin-final-try, pin-locked, pinpad, locked ou signed-in)</translation>
    </message>
</context>
<context>
    <name>guichet::json</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>fin inattendue des données dans un tableau</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>nom de membre entre guillemets attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>fin inattendue des données dans un objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>séquence d&apos;échappement \u tronquée</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>control character in a string (escape it)</source>
        <translation>caractère de contrôle dans une chaîne (échappez-le)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d&apos;échappement non valide</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>invalid number (digit expected)</source>
        <translation>nombre non valide (chiffre attendu)</translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, limit %2)</source>
        <translation>le document est trop volumineux (%1 octets, limite %2)</translation>
    </message>
</context>
<context>
    <name>guichet::quota</name>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>La réponse du portail concernant vos cotisations sociales n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>La réponse du portail concernant vos contingents n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>No saved figures are available on this computer.</source>
        <translation>Aucun chiffre enregistré n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The figures could not be saved on this computer for offline use (%1).</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés sur cet ordinateur pour une utilisation hors ligne (%1).</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>No figures were saved on this computer yet: sign in once to fetch them.</source>
        <translation>Aucun chiffre n&apos;a encore été enregistré sur cet ordinateur&#xa0;: connectez-vous une fois pour les récupérer.</translation>
    </message>
    <message>
        <source>The figures saved on this computer are damaged or belong to someone else; sign in to fetch them again.</source>
        <translation>Les chiffres enregistrés sur cet ordinateur sont endommagés ou appartiennent à une autre personne&#xa0;; connectez-vous pour les récupérer à nouveau.</translation>
    </message>
</context>
<context>
    <name>guichet::receipt</name>
    <message>
        <source>The portal&apos;s receipt cannot be read: %1.</source>
        <translation>L&apos;accusé de réception du portail est illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it names no declaration</source>
        <translation>il n&apos;indique aucune déclaration</translation>
    </message>
    <message>
        <source>it has no ticket number</source>
        <translation>il ne comporte pas de numéro de ticket</translation>
    </message>
    <message>
        <source>it names no form</source>
        <translation>il n&apos;indique aucun formulaire</translation>
    </message>
    <message>
        <source>its result &quot;%1&quot; is unknown</source>
        <translation>son résultat &quot;%1&quot; est inconnu</translation>
    </message>
    <message>
        <source>The portal&apos;s receipt does not match the declaration %1.</source>
        <translation>L&apos;accusé de réception du portail ne correspond pas à la déclaration %1.</translation>
    </message>
    <message>
        <source>The portal has not answered this submission yet: there is no receipt.</source>
        <translation>Le portail n&apos;a pas encore répondu à cet envoi&#xa0;: il n&apos;y a pas d&apos;accusé de réception.</translation>
    </message>
    <message>
        <source>The portal has not processed declaration %1 yet: its receipt exists once it has.</source>
        <translation>Le portail n&apos;a pas encore traité la déclaration %1&#xa0;: son accusé de réception sera disponible une fois qu&apos;elle l&apos;aura été.</translation>
    </message>
    <message>
        <source>The portal knows no declaration %1 of yours.</source>
        <translation>Le portail ne connaît aucune déclaration %1 à votre nom.</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1).</source>
        <translation>Le portail n&apos;a pas fourni l&apos;accusé de réception (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal did not give the receipt (HTTP %1): %2.</source>
        <translation>Le portail n&apos;a pas fourni l&apos;accusé de réception (HTTP %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal accepted the declaration.</source>
        <translation>Le portail a accepté la déclaration.</translation>
    </message>
    <message>
        <source>The portal accepted the declaration with warnings; read them below.</source>
        <translation>Le portail a accepté la déclaration avec des avertissements&#xa0;; lisez-les ci-dessous.</translation>
    </message>
    <message>
        <source>The portal refused the declaration: correct the anomalies below and submit it again.</source>
        <translation>Le portail a refusé la déclaration&#xa0;: corrigez les anomalies ci-dessous et envoyez-la à nouveau.</translation>
    </message>
    <message>
        <source>The portal recorded the declaration and is waiting for more information (for example the worker&apos;s national number) before it can accept it.</source>
        <translation>Le portail a enregistré la déclaration et attend des informations complémentaires (par exemple le numéro de registre national du travailleur) avant de pouvoir l&apos;accepter.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Acceptée avec avertissements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>En attente d&apos;informations complémentaires</translation>
    </message>
    <message>
        <source>Not processed yet</source>
        <translation>Pas encore traitée</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>The receipt template %1 is missing from this installation.</source>
        <translation>Le modèle d&apos;accusé de réception %1 est absent de cette installation.</translation>
    </message>
    <message>
        <source>Receipt %1 – %2</source>
        <translation>Accusé de réception %1 – %2</translation>
    </message>
    <message>
        <source>Social-security portal – declaration receipt</source>
        <translation>Portail de la sécurité sociale – accusé de réception de déclaration</translation>
    </message>
    <message>
        <source>Receipt of your declaration</source>
        <translation>Accusé de réception de votre déclaration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
    </message>
    <message>
        <source>%1 (national number %2)</source>
        <translation>%1 (numéro de registre national %2)</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Introduite par</translation>
    </message>
    <message>
        <source>Filed for</source>
        <translation>Introduite pour</translation>
    </message>
    <message>
        <source>the declarant themself</source>
        <translation>le déclarant lui-même</translation>
    </message>
    <message>
        <source>Dimona period</source>
        <translation>Période Dimona</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Processed on</source>
        <translation>Traitée le</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>Numéro de déclaration</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies (%n)</source>
        <translation>
            <numerusform>Anomalie (%n)</numerusform>
            <numerusform>Anomalies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal reported no anomaly.</source>
        <translation>Le portail n&apos;a signalé aucune anomalie.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquante</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation>L&apos;ensemble de la déclaration</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Champ&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the portal lists them all.</source>
        <translation>
            <numerusform>… et %n autre&#xa0;: le portail les liste toutes.</numerusform>
            <numerusform>… et %n autres&#xa0;: le portail les liste toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main data declared</source>
        <translation>Principales données déclarées</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more field(s).</source>
        <translation>
            <numerusform>… et %n autre champ.</numerusform>
            <numerusform>… et %n autres champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Vérification de la signature</translation>
    </message>
    <message>
        <source>Valid: the portal&apos;s key signed exactly this receipt.</source>
        <translation>Valide&#xa0;: la clé du portail a signé exactement cet accusé de réception.</translation>
    </message>
    <message>
        <source>Not valid: this receipt was altered or was not signed by the key below.</source>
        <translation>Non valide&#xa0;: cet accusé de réception a été modifié ou n&apos;a pas été signé par la clé ci-dessous.</translation>
    </message>
    <message>
        <source>The receipt carries no signature.</source>
        <translation>L&apos;accusé de réception ne porte aucune signature.</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256)</source>
        <translation>Clé de l&apos;accusé de réception (SHA-256)</translation>
    </message>
    <message>
        <source>matches the data sent</source>
        <translation>correspond aux données envoyées</translation>
    </message>
    <message>
        <source>does not match the data sent</source>
        <translation>ne correspond pas aux données envoyées</translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation>Empreinte des données (SHA-256)</translation>
    </message>
    <message>
        <source>Portal signature</source>
        <translation>Signature du portail</translation>
    </message>
    <message>
        <source>The portal signs every receipt. Keep this document: the ticket number and the signature prove what the portal received and decided.</source>
        <translation>Le portail signe chaque accusé de réception. Conservez ce document&#xa0;: le numéro de ticket et la signature prouvent ce que le portail a reçu et décidé.</translation>
    </message>
    <message>
        <source>Full values</source>
        <translation>Valeurs complètes</translation>
    </message>
    <message>
        <source>Receipt key (SHA-256 of its certificate)</source>
        <translation>Clé de l&apos;accusé de réception (SHA-256 de son certificat)</translation>
    </message>
    <message>
        <source>Made by Guichet on %1 from the portal&apos;s answer.</source>
        <translation>Établi par Guichet le %1 à partir de la réponse du portail.</translation>
    </message>
</context>
<context>
    <name>guichet::schema</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the schema is nested too deeply</source>
        <translation>%1&#xa0;: le schéma est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>must be a schema</source>
        <translation>doit être un schéma</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>doit être un tableau non vide de schémas</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>doit être un objet de schémas</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>must be a URI reference</source>
        <translation>doit être une référence URI</translation>
    </message>
    <message>
        <source>%1: cannot resolve &quot;%2&quot;</source>
        <translation>%1&#xa0;: impossible de résoudre &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation>%1&#xa0;: un schéma doit être un objet ou un booléen</translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation>doit être un nom de type ou un tableau de noms de types</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation>doit être un booléen</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot; (%3)</source>
        <translation>%1&#xa0;: expression régulière non valide &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must list property names as strings</source>
        <translation>doit lister les noms de propriétés sous forme de chaînes</translation>
    </message>
    <message>
        <source>has an invalid dependency</source>
        <translation>contient une dépendance non valide</translation>
    </message>
    <message>
        <source>must map names to arrays</source>
        <translation>doit associer des noms à des tableaux</translation>
    </message>
    <message>
        <source>%1: the references loop without consuming the instance</source>
        <translation>%1&#xa0;: les références bouclent sans consommer l&apos;instance</translation>
    </message>
</context>
<context>
    <name>guichet::schema::Messages</name>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation>Saisissez une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone).</source>
        <translation>Saisissez une date et une heure valides (AAAA-MM-JJThh:mm:ss avec un fuseau horaire).</translation>
    </message>
    <message>
        <source>Enter a valid time (hh:mm:ss with a time zone).</source>
        <translation>Saisissez une heure valide (hh:mm:ss avec un fuseau horaire).</translation>
    </message>
    <message>
        <source>Enter a valid duration (for example P3D or PT2H30M).</source>
        <translation>Saisissez une durée valide (par exemple P3D ou PT2H30M).</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Enter a valid host name (for example www.example.be).</source>
        <translation>Saisissez un nom d&apos;hôte valide (par exemple www.example.be).</translation>
    </message>
    <message>
        <source>Enter a valid IPv4 address (for example 192.0.2.1).</source>
        <translation>Saisissez une adresse IPv4 valide (par exemple 192.0.2.1).</translation>
    </message>
    <message>
        <source>Enter a valid IPv6 address.</source>
        <translation>Saisissez une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>Enter a valid web address, for example https://www.example.be/.</source>
        <translation>Saisissez une adresse web valide, par exemple https://www.example.be/.</translation>
    </message>
    <message>
        <source>Enter a valid web address or part of one.</source>
        <translation>Saisissez une adresse web valide, complète ou partielle.</translation>
    </message>
    <message>
        <source>Enter a valid URI template.</source>
        <translation>Saisissez un modèle d&apos;URI valide.</translation>
    </message>
    <message>
        <source>Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>Saisissez un UUID valide (par exemple 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <source>Enter a valid regular expression.</source>
        <translation>Saisissez une expression régulière valide.</translation>
    </message>
    <message>
        <source>Enter a valid JSON Pointer (for example /items/0).</source>
        <translation>Saisissez un pointeur JSON valide (par exemple /items/0).</translation>
    </message>
    <message>
        <source>Enter a valid relative JSON Pointer.</source>
        <translation>Saisissez un pointeur JSON relatif valide.</translation>
    </message>
    <message>
        <source>Enter a valid national register number (11 digits).</source>
        <translation>Saisissez un numéro de registre national valide (11 chiffres).</translation>
    </message>
    <message>
        <source>Enter a valid enterprise number (10 digits).</source>
        <translation>Saisissez un numéro d&apos;entreprise valide (10 chiffres).</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Saisissez un IBAN valide.</translation>
    </message>
    <message>
        <source>Enter a valid Belgian postal code (4 digits).</source>
        <translation>Saisissez un code postal belge valide (4 chiffres).</translation>
    </message>
    <message>
        <source>The value is not in the expected format.</source>
        <translation>La valeur n&apos;est pas au format attendu.</translation>
    </message>
    <message>
        <source>This value is not of an accepted kind.</source>
        <translation>Ce type de valeur n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Saisissez un texte.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <source>Leave this field empty.</source>
        <translation>Laissez ce champ vide.</translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation>Cette valeur doit être une liste.</translation>
    </message>
    <message>
        <source>This value must be a group of fields.</source>
        <translation>Cette valeur doit être un groupe de champs.</translation>
    </message>
    <message>
        <source>This box must be ticked.</source>
        <translation>Cette case doit être cochée.</translation>
    </message>
    <message>
        <source>This box must not be ticked.</source>
        <translation>Cette case ne doit pas être cochée.</translation>
    </message>
    <message>
        <source>The value must be %1.</source>
        <translation>La valeur doit être %1.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This field is required when &quot;%1&quot; is filled in.</source>
        <translation>Ce champ est obligatoire lorsque &quot;%1&quot; est rempli.</translation>
    </message>
    <message>
        <source>Choose one of the allowed values.</source>
        <translation>Choisissez l&apos;une des valeurs autorisées.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Saisissez au moins %n caractère.</numerusform>
            <numerusform>Saisissez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Saisissez au maximum %n caractère.</numerusform>
            <numerusform>Saisissez au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n item(s).</source>
        <translation>
            <numerusform>Ajoutez au moins %n élément.</numerusform>
            <numerusform>Ajoutez au moins %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter no more than %n item(s).</source>
        <translation>
            <numerusform>Ne saisissez pas plus de %n élément.</numerusform>
            <numerusform>Ne saisissez pas plus de %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in at least %n field(s).</source>
        <translation>
            <numerusform>Remplissez au moins %n champ.</numerusform>
            <numerusform>Remplissez au moins %n champs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in no more than %n field(s).</source>
        <translation>
            <numerusform>Ne remplissez pas plus de %n champ.</numerusform>
            <numerusform>Ne remplissez pas plus de %n champs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) must meet the condition.</source>
        <translation>
            <numerusform>Au moins %n élément doit remplir la condition.</numerusform>
            <numerusform>Au moins %n éléments doivent remplir la condition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) may meet the condition.</source>
        <translation>
            <numerusform>Au plus %n élément peut remplir la condition.</numerusform>
            <numerusform>Au plus %n éléments peuvent remplir la condition.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one item must meet the condition.</source>
        <translation>Au moins un élément doit remplir la condition.</translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation>Saisissez une valeur supérieure ou égale à %1.</translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation>Saisissez une valeur inférieure ou égale à %1.</translation>
    </message>
    <message>
        <source>Enter a value greater than %1.</source>
        <translation>Saisissez une valeur supérieure à %1.</translation>
    </message>
    <message>
        <source>Enter a value less than %1.</source>
        <translation>Saisissez une valeur inférieure à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Saisissez au maximum %n décimale.</numerusform>
            <numerusform>Saisissez au maximum %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation>Saisissez un multiple de %1.</translation>
    </message>
    <message>
        <source>The value does not match the expected pattern.</source>
        <translation>La valeur ne correspond pas au modèle attendu.</translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same; each item must be different.</source>
        <translation>Les éléments %1 et %2 sont identiques&#xa0;; chaque élément doit être différent.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not allowed here.</source>
        <translation>Le champ &quot;%1&quot; n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed here.</source>
        <translation>Le nom &quot;%1&quot; n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>Item %1 is not allowed here.</source>
        <translation>L&apos;élément %1 n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Cette valeur n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>The value does not match any of the accepted options.</source>
        <translation>La valeur ne correspond à aucune des options acceptées.</translation>
    </message>
    <message numerus="yes">
        <source>The value fits %n options; it must fit exactly one.</source>
        <translation>
            <numerusform>La valeur correspond à %n option&#xa0;; elle doit correspondre à une seule option.</numerusform>
            <numerusform>La valeur correspond à %n options&#xa0;; elle doit correspondre à une seule option.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is not allowed here.</source>
        <translation>Ce champ n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The form&apos;s messages are malformed at &quot;%1&quot;.</source>
        <translation>Les messages du formulaire sont mal formés à l&apos;emplacement &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to be checked.</source>
        <translation>Le document est trop profondément imbriqué pour être vérifié.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::CsvParser</name>
    <message>
        <source>The file is not in UTF-8 (line %1). Save it from your spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 (ligne %1). Enregistrez-le depuis votre tableur au format &quot;CSV UTF-8&quot; et réessayez.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Le fichier est vide&#xa0;: il doit contenir une ligne d&apos;en-tête qui nomme les colonnes.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportIssue</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it. Check the double quotes on this line.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé&#xa0;: le reste du fichier y a été lu. Vérifiez les guillemets doubles sur cette ligne.</translation>
    </message>
    <message>
        <source>There is text after a closing double quote. Put the whole field in quotes and double the quotes inside it.</source>
        <translation>Du texte suit un guillemet double fermant. Mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The line has %n field(s), more than the header&apos;s columns.</source>
        <translation>La ligne compte %n champ(s), soit plus que les colonnes de l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Le contrat se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The same worker with the same start date is already on line %1.</source>
        <translation>Le même travailleur avec la même date de début figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>This worker with this start date is already in the register.</source>
        <translation>Ce travailleur avec cette date de début figure déjà dans le registre.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::ImportPlan</name>
    <message>
        <source>unknown column(s) %1</source>
        <translation>colonne(s) inconnue(s) %1</translation>
    </message>
    <message>
        <source>column(s) named twice: %1</source>
        <translation>colonne(s) nommée(s) deux fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing column(s) %1</source>
        <translation>colonne(s) manquante(s) %1</translation>
    </message>
    <message>
        <source>The header line (line %1) does not fit the staff register: %2. The columns are: %3.</source>
        <translation>La ligne d&apos;en-tête (ligne %1) ne correspond pas au registre du personnel&#xa0;: %2. Les colonnes sont&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffImporter</name>
    <message>
        <source>%1 Whether the worker was added could not be checked: look for them in the register.</source>
        <translation>%1 Impossible de vérifier si le travailleur a été ajouté&#xa0;: recherchez-le dans le registre.</translation>
    </message>
</context>
<context>
    <name>guichet::staff::StaffRegister</name>
    <message>
        <source>Your portal session has ended. Sign in again with your eID card.</source>
        <translation>Votre session sur le portail a pris fin. Reconnectez-vous avec votre carte eID.</translation>
    </message>
    <message>
        <source>You hold no mandate for the enterprise %1.</source>
        <translation>Vous ne détenez aucun mandat pour l&apos;entreprise %1.</translation>
    </message>
    <message>
        <source>This worker is no longer in the register.</source>
        <translation>Ce travailleur ne figure plus dans le registre.</translation>
    </message>
    <message>
        <source>The end date is not valid: it cannot be before the contract&apos;s start.</source>
        <translation>La date de fin n&apos;est pas valide&#xa0;: elle ne peut pas précéder le début du contrat.</translation>
    </message>
    <message>
        <source>The portal is busy. Try again in a moment.</source>
        <translation>Le portail est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portal could not handle the request (error %1). Try again later.</source>
        <translation>Le portail n&apos;a pas pu traiter la demande (erreur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal refused the request (error %1: %2).</source>
        <translation>Le portail a refusé la demande (erreur %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read.</source>
        <translation>La réponse du portail n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Someone else changed this worker&apos;s entry since you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la fiche de ce travailleur depuis que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <source>The portal refused the entry: it does not fit the staff-record form.</source>
        <translation>Le portail a refusé la fiche&#xa0;: elle ne correspond pas au formulaire de fiche du personnel.</translation>
    </message>
</context>
<context>
    <name>guichet::sync</name>
    <message>
        <source>There is no submission %1 in the outbox.</source>
        <translation>La boîte d&apos;envoi ne contient aucun envoi %1.</translation>
    </message>
    <message>
        <source>The submission %1 in the outbox is damaged or was altered: it cannot be decrypted.</source>
        <translation>L&apos;envoi %1 de la boîte d&apos;envoi est endommagé ou a été modifié&#xa0;: il ne peut pas être déchiffré.</translation>
    </message>
    <message>
        <source>The submission %1 cannot do that in state %2.</source>
        <translation>L&apos;envoi %1 ne permet pas cette opération dans l&apos;état %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is not a form the portal can know.</source>
        <translation>&quot;%1&quot; version %2 n&apos;est pas un formulaire que le portail peut connaître.</translation>
    </message>
    <message>
        <source>A declaration is made on behalf of an enterprise number (10 digits) or a national number (11 digits).</source>
        <translation>Une déclaration se fait au nom d&apos;un numéro d&apos;entreprise (10 chiffres) ou d&apos;un numéro de registre national (11 chiffres).</translation>
    </message>
    <message>
        <source>The declaration&apos;s data is not valid JSON: %1</source>
        <translation>Les données de la déclaration ne sont pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The submission %1 was encrypted with a key that is not available.</source>
        <translation>L&apos;envoi %1 a été chiffré avec une clé qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The submission %1 was sent by someone else: only they can send it again or ask for its result.</source>
        <translation>L&apos;envoi %1 a été effectué par une autre personne&#xa0;: elle seule peut le renvoyer ou en demander le résultat.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about %1 has no known status.</source>
        <translation>La réponse du portail concernant %1 ne contient aucun statut connu.</translation>
    </message>
    <message>
        <source>The portal answered %1.</source>
        <translation>Le portail a répondu %1.</translation>
    </message>
    <message>
        <source>The portal answered %1 (%2).</source>
        <translation>Le portail a répondu %1 (%2).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not fit the request.</source>
        <translation>La réponse du portail ne correspond pas à la demande.</translation>
    </message>
    <message>
        <source>The portal asks to sign in again.</source>
        <translation>Le portail demande de vous reconnecter.</translation>
    </message>
    <message>
        <source>The submission %1 belongs to a paused batch.</source>
        <translation>L&apos;envoi %1 fait partie d&apos;un lot en pause.</translation>
    </message>
    <message>
        <source>There is no batch %1 in the outbox.</source>
        <translation>La boîte d&apos;envoi ne contient aucun lot %1.</translation>
    </message>
    <message>
        <source>A batch needs at least one submission.</source>
        <translation>Un lot doit contenir au moins un envoi.</translation>
    </message>
    <message>
        <source>A batch of %1 submissions was given %2 item names.</source>
        <translation>Un lot de %1 envois a reçu %2 noms d&apos;éléments.</translation>
    </message>
    <message>
        <source>Submission %1 of the batch: %2</source>
        <translation>Envoi %1 du lot&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>Guichet %1</source>
        <translation>Guichet %1</translation>
    </message>
    <message>
        <source>A desktop client for the social-security portal: sign in with your eID card, fill in forms, keep drafts offline and submit declarations as a self-employed person, an employer or a helpdesk.</source>
        <translation>Un client de bureau pour le portail de la sécurité sociale&#xa0;: connectez-vous avec votre carte eID, remplissez des formulaires, conservez vos brouillons hors ligne et envoyez des déclarations en tant qu&apos;indépendant, employeur ou agent du helpdesk.</translation>
    </message>
    <message>
        <source>Guichet version:</source>
        <translation>Version de Guichet&#xa0;:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Version de Qt&#xa0;:</translation>
    </message>
    <message>
        <source>OpenSSL version:</source>
        <translation>Version d&apos;OpenSSL&#xa0;:</translation>
    </message>
    <message>
        <source>QtKeychain version:</source>
        <translation>Version de QtKeychain&#xa0;:</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Version de Guichet</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>Version d&apos;OpenSSL</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>Version de QtKeychain</translation>
    </message>
</context>
<context>
    <name>guichet::ui::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the full address, for example https://portal.example.be.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse web. Tapez l&apos;adresse complète, par exemple https://portal.example.be.</translation>
    </message>
    <message>
        <source>The portal must be reached over a secure connection: use an address starting with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Le portail doit être joint par une connexion sécurisée&#xa0;: utilisez une adresse commençant par https://. Une simple adresse http:// n&apos;est autorisée que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it must start with https://.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse web&#xa0;: elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address. Type the proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de proxy. Tapez le nom et le port du proxy, par exemple proxy.example.be:8080.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ContributionPanel</name>
    <message>
        <source>Your &amp;estimated income for %1:</source>
        <translation>Votre revenu &amp;estimé pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated net taxable professional income for %1</source>
        <translation>Revenu professionnel net imposable estimé pour %1</translation>
    </message>
    <message>
        <source>Provisional now</source>
        <translation>Provisoire actuelle</translation>
    </message>
    <message>
        <source>With your estimate</source>
        <translation>Avec votre estimation</translation>
    </message>
    <message>
        <source>Income it rests on</source>
        <translation>Revenu de référence</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>Pour l&apos;année</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Request an &amp;adjustment…</source>
        <translation>Demander une &amp;adaptation…</translation>
    </message>
    <message>
        <source>Opens the adjustment request with your estimated income filled in.</source>
        <translation>Ouvre la demande d&apos;adaptation avec votre revenu estimé déjà rempli.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No verified contribution rates are known for %1.</source>
        <translation>Aucun taux de cotisation vérifié n&apos;est connu pour %1.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is not known yet: sign in to fetch it from the portal.</source>
        <translation>Votre cotisation provisoire pour %1 n&apos;est pas encore connue&#xa0;: connectez-vous pour la récupérer sur le portail.</translation>
    </message>
    <message>
        <source>You are not registered as self-employed. You can still see below what an income would cost in %1.</source>
        <translation>Vous n&apos;êtes pas inscrit comme indépendant. Vous pouvez tout de même voir ci-dessous ce qu&apos;un revenu coûterait en %1.</translation>
    </message>
    <message>
        <source>The portal has no verified rates for %1.</source>
        <translation>Le portail n&apos;a pas de taux vérifiés pour %1.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your %4 income of %5.</source>
        <translation>Votre cotisation provisoire pour %1 s&apos;élève à %2 par trimestre (%3 pour l&apos;année), sur la base de vos revenus de %4, soit %5.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year), based on your own estimate of %4.</source>
        <translation>Votre cotisation provisoire pour %1 s&apos;élève à %2 par trimestre (%3 pour l&apos;année), sur la base de votre propre estimation de %4.</translation>
    </message>
    <message>
        <source>Your provisional contribution for %1 is %2 a quarter (%3 for the year): no income is on file.</source>
        <translation>Votre cotisation provisoire pour %1 s&apos;élève à %2 par trimestre (%3 pour l&apos;année)&#xa0;: aucun revenu n&apos;est connu.</translation>
    </message>
    <message>
        <source>This is the reduced amount for starters.</source>
        <translation>Il s&apos;agit du montant réduit pour les indépendants débutants.</translation>
    </message>
    <message>
        <source>This is the minimum for a main occupation.</source>
        <translation>Il s&apos;agit du minimum pour une activité à titre principal.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 less for %2.</source>
        <translation>Avec votre estimation, vous paieriez %1 de moins pour %2.</translation>
    </message>
    <message>
        <source>With your estimate you would pay %1 more for %2.</source>
        <translation>Avec votre estimation, vous paieriez %1 de plus pour %2.</translation>
    </message>
    <message>
        <source>With your estimate you would pay the same as now.</source>
        <translation>Avec votre estimation, vous paieriez le même montant qu&apos;actuellement.</translation>
    </message>
    <message>
        <source>With this income you would pay %1 for %2.</source>
        <translation>Avec ce revenu, vous paieriez %1 pour %2.</translation>
    </message>
    <message>
        <source>The reduced amount for starters applies.</source>
        <translation>Le montant réduit pour les indépendants débutants s&apos;applique.</translation>
    </message>
    <message>
        <source>The minimum for a main occupation applies.</source>
        <translation>Le minimum pour une activité à titre principal s&apos;applique.</translation>
    </message>
    <message>
        <source>nothing above %1</source>
        <translation>rien au-delà de %1</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>%1 from %2 up to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 au-delà de %2</translation>
    </message>
    <message>
        <source>The %1 rates on the yearly income: %2. At least %3 a quarter for a main occupation; %4 a quarter for a starter whose income stays under %5.</source>
        <translation>Les taux %1 sur le revenu annuel&#xa0;: %2. Au moins %3 par trimestre pour une activité à titre principal&#xa0;; %4 par trimestre pour un indépendant débutant dont le revenu reste inférieur à %5.</translation>
    </message>
    <message>
        <source>Type the income you expect for the whole year: the amounts beside change at once.</source>
        <translation>Saisissez le revenu que vous prévoyez pour toute l&apos;année&#xa0;: les montants à côté changent immédiatement.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationTableModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Acceptée avec avertissements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Waiting for the worker to be identified</source>
        <translation>En attente de l&apos;identification du travailleur</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquante</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>The portal&apos;s list of your declarations could not be read. Try again later.</source>
        <translation>La liste de vos déclarations fournie par le portail n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeclarationsPanel</name>
    <message>
        <source>%1 — %2: %3.</source>
        <translation>%1 — %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No anomaly.</source>
        <translation>Aucune anomalie.</translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation>Vos déclarations</translation>
    </message>
    <message>
        <source>You have not sent any declaration for yourself yet.</source>
        <translation>Vous n&apos;avez encore envoyé aucune déclaration pour vous-même.</translation>
    </message>
    <message>
        <source>&amp;Start a form:</source>
        <translation>&amp;Commencer un formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Formulaire à commencer</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Co&amp;mmencer</translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation>Commencer le formulaire choisi</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsDialog</name>
    <message>
        <source>The report is on the clipboard: paste it into your helpdesk ticket.</source>
        <translation>Le rapport est copié dans le presse-papiers&#xa0;: collez-le dans votre ticket pour le helpdesk.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>What Guichet knows about this computer. It holds no personal data: copy it into a ticket when the helpdesk asks for it.</source>
        <translation>Ce que Guichet sait de cet ordinateur. Ce rapport ne contient aucune donnée personnelle&#xa0;: copiez-le dans un ticket lorsque le helpdesk vous le demande.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copies the whole report as plain text.</source>
        <translation>Copie tout le rapport en texte brut.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DiagnosticsReport</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Guichet version</source>
        <translation>Version de Guichet</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Platform plugin</source>
        <translation>Plugin de plateforme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>Version d&apos;OpenSSL</translation>
    </message>
    <message>
        <source>TLS support in Qt</source>
        <translation>Prise en charge de TLS dans Qt</translation>
    </message>
    <message>
        <source>Yes (%1, %2)</source>
        <translation>Oui (%1, %2)</translation>
    </message>
    <message>
        <source>No: Qt found no usable TLS library</source>
        <translation>Non&#xa0;: Qt n&apos;a trouvé aucune bibliothèque TLS utilisable</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>Version de QtKeychain</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>Carte eID</translation>
    </message>
    <message>
        <source>(p11-kit: %1)</source>
        <translation>(p11-kit&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(fichier manquant)</translation>
    </message>
    <message>
        <source>PKCS#11 modules</source>
        <translation>Modules PKCS#11</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucun module trouvé</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier des paramètres</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not reachable: no answer within a few seconds</source>
        <translation>Inaccessible&#xa0;: aucune réponse en quelques secondes</translation>
    </message>
    <message>
        <source>Guichet diagnostics, %1</source>
        <translation>Diagnostic de Guichet, %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DraftsPage</name>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(endommagé&#xa0;: illisible)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (version %2 available)</source>
        <translation>%1 (version %2 disponible)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>Dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent, result pending</source>
        <translation>Envoyé, résultat en attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Version du formulaire</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Les brouillons ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) deleted.</source>
        <translation>
            <numerusform>%n brouillon supprimé.</numerusform>
            <numerusform>%n brouillons supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z brings them back.</source>
        <translation>Ctrl+Z permet de les récupérer.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Choose one draft to export.</source>
        <translation>Choisissez un seul brouillon à exporter.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft)</source>
        <translation>Brouillons Guichet (*.guichet-draft)</translation>
    </message>
    <message>
        <source>Protect the exported draft</source>
        <translation>Protéger le brouillon exporté</translation>
    </message>
    <message>
        <source>The draft was exported to %1.</source>
        <translation>Le brouillon a été exporté vers %1.</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <source>Guichet drafts (*.guichet-draft);;All files (*)</source>
        <translation>Brouillons Guichet (*.guichet-draft);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The draft was imported.</source>
        <translation>Le brouillon a été importé.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Titre ou formulaire</translation>
    </message>
    <message>
        <source>Search the drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <source>Enter opens the selected draft; Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>Enter ouvre le brouillon sélectionné&#xa0;; Delete le supprime (Ctrl+Z le récupère).</translation>
    </message>
    <message>
        <source>No drafts yet. Start one with New draft (Ctrl+N); it is saved as you type.</source>
        <translation>Aucun brouillon pour l&apos;instant. Commencez-en un avec Nouveau brouillon (Ctrl+N)&#xa0;; il est enregistré pendant la saisie.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Bring the deleted drafts back (Ctrl+Z).</source>
        <translation>Récupérer les brouillons supprimés (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nouveau brouillon…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the draft to an encrypted file, protected by a passphrase.</source>
        <translation>Enregistrer le brouillon dans un fichier chiffré, protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a draft from a file exported by Guichet.</source>
        <translation>Ajouter un brouillon à partir d&apos;un fichier exporté par Guichet.</translation>
    </message>
    <message>
        <source>The file is encrypted. Choose a passphrase to open it elsewhere (at least 8 characters):</source>
        <translation>Le fichier est chiffré. Choisissez une phrase secrète pour l&apos;ouvrir ailleurs (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase the file was exported with:</source>
        <translation>La phrase secrète choisie lors de l&apos;export du fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>guichet::ui::EidController</name>
    <message>
        <source>No eID software (PKCS#11 module) was found.</source>
        <translation>Aucun logiciel eID (module PKCS#11) n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The card is no longer signed in.</source>
        <translation>Vous n&apos;êtes plus connecté avec la carte.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Recherche des lecteurs de carte…</translation>
    </message>
    <message>
        <source>eID software missing</source>
        <translation>Logiciel eID manquant</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Aucun lecteur de carte</translation>
    </message>
    <message>
        <source>No card in the reader</source>
        <translation>Aucune carte dans le lecteur</translation>
    </message>
    <message>
        <source>Card ready, not signed in</source>
        <translation>Carte prête, non connecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Guichet is looking for your card reader.</source>
        <translation>Guichet recherche votre lecteur de carte.</translation>
    </message>
    <message>
        <source>Guichet found no eID software on this computer. Install the Belgian eID software, or choose its PKCS#11 module in Tools &gt; Settings.</source>
        <translation>Guichet n&apos;a trouvé aucun logiciel eID sur cet ordinateur. Installez le logiciel eID belge, ou choisissez son module PKCS#11 dans Outils &gt; Paramètres.</translation>
    </message>
    <message>
        <source>Connect your card reader to this computer.</source>
        <translation>Connectez votre lecteur de carte à cet ordinateur.</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Insérez votre carte eID dans le lecteur.</translation>
    </message>
    <message>
        <source>Your card is ready. Sign in with your PIN code.</source>
        <translation>Votre carte est prête. Connectez-vous avec votre code PIN.</translation>
    </message>
    <message>
        <source>Checking your PIN and signing in to the portal…</source>
        <translation>Vérification de votre code PIN et connexion au portail…</translation>
    </message>
    <message>
        <source>You are signed in to the portal. Sign out, or take your card out of the reader, when you leave the computer.</source>
        <translation>Vous êtes connecté au portail. Déconnectez-vous, ou retirez votre carte du lecteur, lorsque vous quittez l&apos;ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>A wrong PIN was entered. %n tries left.</source>
        <translation>
            <numerusform>Un code PIN erroné a été saisi. Il vous reste %n essai.</numerusform>
            <numerusform>Un code PIN erroné a été saisi. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN blocks your card.</source>
        <translation>Dernier essai&#xa0;: encore un code PIN erroné et votre carte sera bloquée.</translation>
    </message>
    <message>
        <source>Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at your municipality.</source>
        <translation>Votre carte est bloquée après 3 codes PIN erronés. Débloquez-la avec votre code PUK auprès de votre commune.</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Activate it at your municipality.</source>
        <translation>Cette carte n&apos;a pas encore de code PIN. Activez-la auprès de votre commune.</translation>
    </message>
    <message>
        <source>No portal address is set. Enter it in Tools &gt; Settings, then sign in again.</source>
        <translation>Aucune adresse de portail n&apos;est définie. Saisissez-la dans Outils &gt; Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>No card reader was found. Connect your card reader, insert your eID card, then sign in.</source>
        <translation>Aucun lecteur de carte n&apos;a été trouvé. Connectez votre lecteur de carte, insérez votre carte eID, puis connectez-vous.</translation>
    </message>
    <message>
        <source>No eID card is in the reader. Insert your card, then sign in.</source>
        <translation>Aucune carte eID ne se trouve dans le lecteur. Insérez votre carte, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Guichet is still looking for your card reader. Try again in a moment.</source>
        <translation>Guichet recherche encore votre lecteur de carte. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before the sign-in finished. Put it back and sign in again.</source>
        <translation>La carte a été retirée du lecteur avant la fin de la connexion. Remettez-la et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled on the card reader.</source>
        <translation>La saisie du code PIN a été annulée sur le lecteur de carte.</translation>
    </message>
    <message>
        <source>No PIN was typed on the card reader in time. Sign in again when you are ready.</source>
        <translation>Aucun code PIN n&apos;a été tapé à temps sur le lecteur de carte. Reconnectez-vous lorsque vous êtes prêt.</translation>
    </message>
    <message>
        <source>The portal (%1) cannot be reached. Check your internet connection and the proxy in Tools &gt; Settings, then try again.</source>
        <translation>Le portail (%1) est inaccessible. Vérifiez votre connexion internet et le proxy dans Outils &gt; Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>The portal (%1) did not answer in time. Try again in a moment.</source>
        <translation>Le portail (%1) n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Guichet could not verify the identity of the portal (%1), so it did not connect. Ask your helpdesk to check the portal address.</source>
        <translation>Guichet n&apos;a pas pu vérifier l&apos;identité du portail (%1) et ne s&apos;y est donc pas connecté. Demandez à votre helpdesk de vérifier l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1</source>
        <translation>Le portail a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>Impossible de lire la carte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::FormDocumentPage</name>
    <message>
        <source>The drafts are not open.</source>
        <translation>Les brouillons ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Le formulaire &quot;%1&quot; ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>This draft stays on version %1 of its form: %2</source>
        <translation>Ce brouillon reste sur la version %1 de son formulaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation>Aucun brouillon n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The form has errors: correct them, then submit again.</source>
        <translation>Le formulaire contient des erreurs&#xa0;: corrigez-les, puis envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The declaration is in the outbox; it is sent as soon as the portal answers.</source>
        <translation>La déclaration est dans la boîte d&apos;envoi&#xa0;; elle sera envoyée dès que le portail répondra.</translation>
    </message>
    <message>
        <source>Whole declaration</source>
        <translation>Ensemble de la déclaration</translation>
    </message>
    <message>
        <source>Blocking — %1: %2</source>
        <translation>Bloquante — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>Avertissement — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>• %1: kept aside — %2</source>
        <translation>• %1&#xa0;: mis de côté — %2</translation>
    </message>
    <message>
        <source>• %1: new, to be filled in</source>
        <translation>• %1&#xa0;: nouveau, à remplir</translation>
    </message>
    <message>
        <source>• &quot;%1&quot; is now called &quot;%2&quot;</source>
        <translation>• &quot;%1&quot; s&apos;appelle désormais &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A newer version of this form</source>
        <translation>Une version plus récente de ce formulaire</translation>
    </message>
    <message>
        <source>This draft was made with version %1 of the form; version %2 is the one the portal expects now. Move the draft to version %2?</source>
        <translation>Ce brouillon a été créé avec la version %1 du formulaire&#xa0;; le portail attend désormais la version %2. Transférer le brouillon vers la version %2&#xa0;?</translation>
    </message>
    <message>
        <source>Every value that still fits is kept. Values that no longer fit are kept aside with the draft, not deleted.</source>
        <translation>Toutes les valeurs encore compatibles sont conservées. Les valeurs qui ne le sont plus sont mises de côté avec le brouillon, pas supprimées.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Titre du brouillon</translation>
    </message>
    <message>
        <source>A name to find this draft again</source>
        <translation>Un nom pour retrouver ce brouillon</translation>
    </message>
    <message>
        <source>%1 — form version %2</source>
        <translation>%1 — version du formulaire %2</translation>
    </message>
    <message numerus="yes">
        <source>The portal found %n problem(s) in this declaration. Choose one to go to its field:</source>
        <translation>
            <numerusform>Le portail a trouvé %n problème dans cette déclaration. Choisissez-le pour aller à son champ&#xa0;:</numerusform>
            <numerusform>Le portail a trouvé %n problèmes dans cette déclaration. Choisissez-en un pour aller à son champ&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Problèmes trouvés par le portail</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Check the whole form, then send the declaration (it waits in the outbox while the portal cannot be reached).</source>
        <translation>Vérifier tout le formulaire, puis envoyer la déclaration (elle attend dans la boîte d&apos;envoi tant que le portail est inaccessible).</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Save and close this draft.</source>
        <translation>Enregistrer et fermer ce brouillon.</translation>
    </message>
    <message>
        <source>%1 (%2, form version %3): %4 — %5</source>
        <translation>%1 (%2, version du formulaire %3)&#xa0;: %4 — %5</translation>
    </message>
    <message>
        <source>this field is no longer in the form</source>
        <translation>ce champ ne figure plus dans le formulaire</translation>
    </message>
    <message>
        <source>the form no longer accepts this value</source>
        <translation>le formulaire n&apos;accepte plus cette valeur</translation>
    </message>
    <message>
        <source>Values kept aside</source>
        <translation>Valeurs mises de côté</translation>
    </message>
    <message>
        <source>These values come from an earlier version of the form and do not fit the current one. They stay with the draft; copy what you need into the form.</source>
        <translation>Ces valeurs proviennent d&apos;une version antérieure du formulaire et ne sont pas compatibles avec la version actuelle. Elles restent avec le brouillon&#xa0;; copiez dans le formulaire ce dont vous avez besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an earlier version of this form are kept aside with the draft.</source>
        <translation>
            <numerusform>%n valeur d&apos;une version antérieure de ce formulaire est mise de côté avec le brouillon.</numerusform>
            <numerusform>%n valeurs d&apos;une version antérieure de ce formulaire sont mises de côté avec le brouillon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;kept values…</source>
        <translation>Afficher les valeurs mises de &amp;côté…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::KeychainProbe</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet est verrouillé</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet signed you out and locked this window. Your drafts are kept.</source>
        <translation>Votre carte eID a été retirée du lecteur&#xa0;: Guichet vous a donc déconnecté et a verrouillé cette fenêtre. Vos brouillons sont conservés.</translation>
    </message>
    <message>
        <source>Your eID card was taken out of the reader, so Guichet locked this window. You are still signed in to the portal.</source>
        <translation>Votre carte eID a été retirée du lecteur&#xa0;: Guichet a donc verrouillé cette fenêtre. Vous êtes toujours connecté au portail.</translation>
    </message>
    <message>
        <source>&amp;Sign in to unlock…</source>
        <translation>&amp;Se connecter pour déverrouiller…</translation>
    </message>
    <message>
        <source>Asks for the PIN code of the card in the reader and unlocks the window.</source>
        <translation>Demande le code PIN de la carte insérée dans le lecteur et déverrouille la fenêtre.</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>État de la carte eID</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Insert your eID card in the reader.</source>
        <translation>Insérez votre carte eID dans le lecteur.</translation>
    </message>
    <message>
        <source>Your card is in the reader: sign in with your PIN code to unlock.</source>
        <translation>Votre carte est dans le lecteur&#xa0;: connectez-vous avec votre code PIN pour déverrouiller.</translation>
    </message>
    <message>
        <source>Connect your card reader, then insert your eID card.</source>
        <translation>Connectez votre lecteur de carte, puis insérez votre carte eID.</translation>
    </message>
    <message>
        <source>Nobody used Guichet for a while, so it locked this window. Your drafts are kept; sign in again with your PIN to go on.</source>
        <translation>Guichet n&apos;a pas été utilisé depuis un moment et a donc verrouillé cette fenêtre. Vos brouillons sont conservés&#xa0;; reconnectez-vous avec votre code PIN pour continuer.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Guichet.</source>
        <translation>Fermer Guichet.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Self-employed</source>
        <translation>&amp;Indépendant</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Employeur</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, portal address and start page.</source>
        <translation>Langue, adresse du portail et page de démarrage.</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>What the helpdesk needs to know about this computer.</source>
        <translation>Ce que le helpdesk doit savoir sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>Espaces de &amp;travail</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Espace de travail actuel</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation>%1 — Guichet</translation>
    </message>
    <message>
        <source>Offline — no portal address set</source>
        <translation>Hors ligne — aucune adresse de portail</translation>
    </message>
    <message>
        <source>Offline — not connected to %1 yet</source>
        <translation>Hors ligne — pas encore connecté à %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Connexion au portail</translation>
    </message>
    <message>
        <source>Enter the portal address in Tools &gt; Settings.</source>
        <translation>Saisissez l&apos;adresse du portail dans Outils &gt; Paramètres.</translation>
    </message>
    <message>
        <source>No card reader checked yet</source>
        <translation>Lecteur de carte pas encore vérifié</translation>
    </message>
    <message>
        <source>eID: %1</source>
        <translation>eID&#xa0;: %1</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>Carte eID</translation>
    </message>
    <message>
        <source>Guichet will look for your card reader when you sign in.</source>
        <translation>Guichet recherchera votre lecteur de carte lorsque vous vous connecterez.</translation>
    </message>
    <message>
        <source>Sign &amp;in with eID…</source>
        <translation>Se &amp;connecter avec l&apos;eID…</translation>
    </message>
    <message>
        <source>Sign in to the portal with your eID card and its PIN code.</source>
        <translation>Se connecter au portail avec votre carte eID et son code PIN.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End your portal session.</source>
        <translation>Mettre fin à votre session sur le portail.</translation>
    </message>
    <message>
        <source>Locked — Guichet</source>
        <translation>Verrouillé — Guichet</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation>Envoi par lots</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Commencer un formulaire</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>A form is still open for this citizen. Submit it before the session ends, or discard it?</source>
        <translation>Un formulaire est encore ouvert pour ce citoyen. L&apos;envoyer avant la fin de la session, ou l&apos;abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Submit and end</source>
        <translation>&amp;Envoyer et terminer</translation>
    </message>
    <message>
        <source>&amp;Discard and end</source>
        <translation>A&amp;bandonner et terminer</translation>
    </message>
    <message>
        <source>The session ended; the citizen&apos;s data was wiped from this computer.</source>
        <translation>La session est terminée&#xa0;; les données du citoyen ont été effacées de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation>En&amp;vois</translation>
    </message>
    <message>
        <source>Guichet &amp;help</source>
        <translation>&amp;Aide de Guichet</translation>
    </message>
    <message>
        <source>The help for what you are doing, in your language, also offline (F1).</source>
        <translation>L&apos;aide sur ce que vous êtes en train de faire, dans votre langue, même hors ligne (F1).</translation>
    </message>
    <message>
        <source>Choose a workspace. Ctrl+1 to Ctrl+5 open them directly.</source>
        <translation>Choisissez un espace de travail. Ctrl+1 à Ctrl+5 les ouvrent directement.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 does not answer; %n submission(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %1 ne répond pas&#xa0;; %n envoi en attente</numerusform>
            <numerusform>Hors ligne — %1 ne répond pas&#xa0;; %n envois en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; sending %n submission(s)</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;; %n envoi en cours</numerusform>
            <numerusform>Connecté à %1&#xa0;; %n envois en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session: sending what was submitted, then wiping the citizen&apos;s data…</source>
        <translation>Fin de la session&#xa0;: envoi de ce qui a été soumis, puis effacement des données du citoyen…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Type the same passphrase a second time, so that a typing mistake cannot lock you out.</source>
        <translation>Saisissez une seconde fois la même phrase secrète, afin qu&apos;une faute de frappe ne puisse pas vous bloquer l&apos;accès.</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>A&amp;fficher la saisie</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it a second time below.</source>
        <translation>Saisissez-la une seconde fois ci-dessous.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinDialog</name>
    <message>
        <source>eID sign-in</source>
        <translation>Connexion eID</translation>
    </message>
    <message>
        <source>Your eID card is blocked</source>
        <translation>Votre carte eID est bloquée</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Tapez votre code PIN</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card: %1 to %2 digits.</source>
        <translation>Tapez le code PIN de votre carte eID&#xa0;: de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>%1 to %2 digits; the digits are hidden.</source>
        <translation>De %1 à %2 chiffres&#xa0;; les chiffres sont masqués.</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>État du code PIN</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Checking your PIN with the card…</source>
        <translation>Vérification de votre code PIN avec la carte…</translation>
    </message>
    <message>
        <source>Your PIN goes to your card only: Guichet does not keep it.</source>
        <translation>Votre code PIN est transmis uniquement à votre carte&#xa0;: Guichet ne le conserve pas.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Checks the PIN with your card and signs you in.</source>
        <translation>Vérifie le code PIN avec votre carte et vous connecte.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinpadPrompt</name>
    <message>
        <source>eID sign-in</source>
        <translation>Connexion eID</translation>
    </message>
    <message>
        <source>Type your PIN on the card reader</source>
        <translation>Tapez votre code PIN sur le lecteur de carte</translation>
    </message>
    <message>
        <source>Your card reader has its own keypad: type your PIN code there and confirm on the reader. Guichet never sees your PIN.</source>
        <translation>Votre lecteur de carte possède son propre clavier&#xa0;: tapez-y votre code PIN et confirmez sur le lecteur. Guichet ne voit jamais votre code PIN.</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Secondes restantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time is up; waiting for the reader to answer…</source>
        <translation>Le temps est écoulé&#xa0;; en attente de la réponse du lecteur…</translation>
    </message>
    <message>
        <source>Time left to type the PIN</source>
        <translation>Temps restant pour taper le code PIN</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stops waiting for the PIN on the card reader.</source>
        <translation>Arrête d&apos;attendre le code PIN sur le lecteur de carte.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaChart</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>No verified ceiling for %1 yet</source>
        <translation>Pas encore de plafond vérifié pour %1</translation>
    </message>
    <message>
        <source>No quota known for %1</source>
        <translation>Aucun contingent connu pour %1</translation>
    </message>
    <message>
        <source>%1 over the ceiling</source>
        <translation>%1 au-delà du plafond</translation>
    </message>
    <message>
        <source>%1 over the quota</source>
        <translation>%1 au-delà du contingent</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Il reste %1</translation>
    </message>
    <message>
        <source>No figures are available yet.</source>
        <translation>Aucun chiffre n&apos;est encore disponible.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs. No verified tax-free ceiling is known for %1 yet.</source>
        <translation>En %1, vous avez gagné %2 en flexi-job. Aucun plafond d&apos;exonération fiscale vérifié n&apos;est encore connu pour %1.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, %3 more than the tax-free ceiling of %4.</source>
        <translation>En %1, vous avez gagné %2 en flexi-job, soit %3 de plus que le plafond d&apos;exonération fiscale de %4.</translation>
    </message>
    <message>
        <source>In %1 you earned %2 from flexi-jobs, of a tax-free ceiling of %3: %4 left.</source>
        <translation>En %1, vous avez gagné %2 en flexi-job, sur un plafond d&apos;exonération fiscale de %3&#xa0;: il reste %4.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student. No quota is known for %1.</source>
        <translation>En %1, vous avez travaillé %2 comme étudiant. Aucun contingent n&apos;est connu pour %1.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, %3 more than the quota of %4.</source>
        <translation>En %1, vous avez travaillé %2 comme étudiant, soit %3 de plus que le contingent de %4.</translation>
    </message>
    <message>
        <source>In %1 you worked %2 as a student, of a quota of %3: %4 left.</source>
        <translation>En %1, vous avez travaillé %2 comme étudiant, sur un contingent de %3&#xa0;: il reste %4.</translation>
    </message>
    <message>
        <source>%1: %2 (running total %3)</source>
        <translation>%1&#xa0;: %2 (cumul %3)</translation>
    </message>
    <message>
        <source>Flexi-job earnings in %1, month by month</source>
        <translation>Revenus flexi-job en %1, mois par mois</translation>
    </message>
    <message>
        <source>Student hours in %1, month by month</source>
        <translation>Heures d&apos;étudiant en %1, mois par mois</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Revenus flexi-job</translation>
    </message>
    <message>
        <source>Student hours</source>
        <translation>Heures d&apos;étudiant</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the months.</source>
        <translation>Utilisez les touches fléchées gauche et droite pour parcourir les mois.</translation>
    </message>
    <message>
        <source>Tax-free ceiling: %1</source>
        <translation>Plafond d&apos;exonération fiscale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Contingent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ceiling %1</source>
        <translation>Plafond %1</translation>
    </message>
    <message>
        <source>Quota %1</source>
        <translation>Contingent %1</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Contingent</translation>
    </message>
</context>
<context>
    <name>guichet::ui::QuotaPanel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Ceiling and quota</source>
        <translation>Plafond et contingent</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Month by month in %1</source>
        <translation>Mois par mois en %1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Year of the quotas</source>
        <translation>Année des contingents</translation>
    </message>
    <message>
        <source>Flexi-job earnings</source>
        <translation>Revenus flexi-job</translation>
    </message>
    <message>
        <source>Student hours (Student@Work)</source>
        <translation>Heures d&apos;étudiant (Student@Work)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Flexi-job
earnings</source>
        <translation>Revenus
flexi-job</translation>
    </message>
    <message>
        <source>Flexi-job
running total</source>
        <translation>Cumul
flexi-job</translation>
    </message>
    <message>
        <source>Student
hours</source>
        <translation>Heures
d&apos;étudiant</translation>
    </message>
    <message>
        <source>Student hours
running total</source>
        <translation>Cumul des heures
d&apos;étudiant</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt could not be turned into a PDF: %1</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être converti en PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receipts need the graphical part of Qt; this program did not start it.</source>
        <translation>Les accusés de réception nécessitent la partie graphique de Qt&#xa0;; ce programme ne l&apos;a pas démarrée.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the renderer did not answer in time.</source>
        <translation>le moteur de rendu n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A receipt is already being printed.</source>
        <translation>Un accusé de réception est déjà en cours d&apos;impression.</translation>
    </message>
    <message>
        <source>The receipt is too large to print.</source>
        <translation>L&apos;accusé de réception est trop volumineux pour être imprimé.</translation>
    </message>
    <message>
        <source>the renderer stopped (code %1).</source>
        <translation>le moteur de rendu s&apos;est arrêté (code %1).</translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation>la page ne s&apos;est pas chargée.</translation>
    </message>
    <message>
        <source>printing gave no document.</source>
        <translation>l&apos;impression n&apos;a produit aucun document.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReceiptView</name>
    <message>
        <source>Receipt %1</source>
        <translation>Accusé de réception %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Receipt of a declaration</source>
        <translation>Accusé de réception d&apos;une déclaration</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer l&apos;accusé de réception en PDF</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF document</source>
        <translation>Enregistrer l&apos;accusé de réception sous forme de document PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>État de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>The receipt the portal signed for this declaration</source>
        <translation>L&apos;accusé de réception signé par le portail pour cette déclaration</translation>
    </message>
    <message>
        <source>Fetching the receipt from the portal…</source>
        <translation>Récupération de l&apos;accusé de réception sur le portail…</translation>
    </message>
    <message>
        <source>The receipt could not be shown.</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Wait until the receipt has been saved or printed.</source>
        <translation>Attendez que l&apos;accusé de réception ait été enregistré ou imprimé.</translation>
    </message>
    <message>
        <source>There is no receipt to save yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;accusé de réception à enregistrer.</translation>
    </message>
    <message>
        <source>The receipt could not be turned into a PDF.</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être converti en PDF.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>accuse-de-reception-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SelfEmployedPage</name>
    <message>
        <source>Your identity is not known yet: sign in again.</source>
        <translation>Votre identité n&apos;est pas encore connue&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your quotas could not be read. Try again later.</source>
        <translation>La réponse du portail concernant vos contingents n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer about your social contributions could not be read. Try again later.</source>
        <translation>La réponse du portail concernant vos cotisations sociales n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal could not be reached. Check your connection and try again.</source>
        <translation>Le portail est inaccessible. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be read. Try again later.</source>
        <translation>La réponse du portail n&apos;a pas pu être lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Your session with the portal has ended: sign in again.</source>
        <translation>Votre session sur le portail a pris fin&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The portal does not let you see these figures.</source>
        <translation>Le portail ne vous autorise pas à consulter ces chiffres.</translation>
    </message>
    <message>
        <source>The portal is busy at the moment. Try again in a few minutes.</source>
        <translation>Le portail est occupé pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The portal ran into a problem (HTTP %1). Try again later.</source>
        <translation>Le portail a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1).</source>
        <translation>Le portail a donné une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>Adjustment of provisional social contributions</source>
        <translation>Adaptation des cotisations sociales provisoires</translation>
    </message>
    <message>
        <source>Fetching your figures from the portal…</source>
        <translation>Récupération de vos chiffres sur le portail…</translation>
    </message>
    <message>
        <source>Some figures could not be fetched: %1</source>
        <translation>Certains chiffres n&apos;ont pas pu être récupérés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The figures saved on this computer are shown instead.</source>
        <translation>Les chiffres enregistrés sur cet ordinateur sont affichés à la place.</translation>
    </message>
    <message>
        <source>These are the figures saved on this computer at your last sync.</source>
        <translation>Voici les chiffres enregistrés sur cet ordinateur lors de votre dernière synchronisation.</translation>
    </message>
    <message>
        <source>You are not signed in: these are the figures saved on this computer at your last sync. Sign in to update them.</source>
        <translation>Vous n&apos;êtes pas connecté&#xa0;: voici les chiffres enregistrés sur cet ordinateur lors de votre dernière synchronisation. Connectez-vous pour les mettre à jour.</translation>
    </message>
    <message>
        <source>Up to date: fetched from the portal on %1.</source>
        <translation>À jour&#xa0;: récupérés sur le portail le %1.</translation>
    </message>
    <message>
        <source>Sign in with your eID card to see your declarations, contributions and quotas.</source>
        <translation>Connectez-vous avec votre carte eID pour consulter vos déclarations, cotisations et contingents.</translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation>Récupérés sur le portail le %1.</translation>
    </message>
    <message>
        <source>As of %1 (saved on this computer at your last sync).</source>
        <translation>Au %1 (enregistrés sur cet ordinateur lors de votre dernière synchronisation).</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Pas encore disponible.</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>Your declarations and their results, your provisional social contributions and what another income would change, and your flexi-job and student quotas. The figures stay available on this computer, encrypted, when you are offline.</source>
        <translation>Vos déclarations et leurs résultats, vos cotisations sociales provisoires et l&apos;effet qu&apos;aurait un autre revenu, ainsi que vos contingents flexi-job et étudiant. Les chiffres restent disponibles sur cet ordinateur, chiffrés, lorsque vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch your figures from the portal again (F5)</source>
        <translation>Récupérer à nouveau vos chiffres sur le portail (F5)</translation>
    </message>
    <message>
        <source>Fetching your figures</source>
        <translation>Récupération de vos chiffres</translation>
    </message>
    <message>
        <source>My declarations</source>
        <translation>Mes déclarations</translation>
    </message>
    <message>
        <source>Social contributions %1</source>
        <translation>Cotisations sociales %1</translation>
    </message>
    <message>
        <source>Flexi-job and student quotas</source>
        <translation>Contingents flexi-job et étudiant</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>These settings are kept for your user account on this computer.</source>
        <translation>Ces paramètres sont conservés pour votre compte utilisateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Guichet&apos;s windows and messages.</source>
        <translation>La langue des fenêtres et des messages de Guichet.</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Adresse du &amp;portail&#xa0;:</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>The web address of the portal server. It must start with https://.</source>
        <translation>L&apos;adresse web du serveur du portail. Elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>https://portal.example.be</source>
        <translation>https://portal.example.be</translation>
    </message>
    <message>
        <source>Leave empty until your organisation gives you the address.</source>
        <translation>Laissez vide tant que votre organisation ne vous a pas communiqué l&apos;adresse.</translation>
    </message>
    <message>
        <source>&amp;Start in:</source>
        <translation>Page de &amp;démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Start in workspace</source>
        <translation>Espace de travail au démarrage</translation>
    </message>
    <message>
        <source>The page Guichet shows when it starts.</source>
        <translation>La page que Guichet affiche au démarrage.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Dossier de do&amp;nnées&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one.</source>
        <translation>Le dossier où Guichet conserve vos brouillons. Lancez Guichet avec --data-dir pour en utiliser un autre.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Adresse refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How Guichet reaches the portal: through the system&apos;s proxy, directly, or through the proxy typed below.</source>
        <translation>Comment Guichet joint le portail&#xa0;: via le proxy du système, directement, ou via le proxy saisi ci-dessous.</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>&amp;Adresse du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>The proxy&apos;s name and port, for example proxy.example.be:8080.</source>
        <translation>Le nom et le port du proxy, par exemple proxy.example.be:8080.</translation>
    </message>
    <message>
        <source>proxy.example.be:8080</source>
        <translation>proxy.example.be:8080</translation>
    </message>
    <message>
        <source>eID &amp;module:</source>
        <translation>&amp;Module eID&#xa0;:</translation>
    </message>
    <message>
        <source>eID module</source>
        <translation>Module eID</translation>
    </message>
    <message>
        <source>The PKCS#11 library of your card software. Leave empty to find it automatically.</source>
        <translation>La bibliothèque PKCS#11 du logiciel de votre carte. Laissez vide pour la trouver automatiquement.</translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation>Automatique (aucun trouvé)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave empty unless your helpdesk gives you a path. Changes take effect at once and sign you out.</source>
        <translation>Laissez vide sauf si votre helpdesk vous communique un chemin. Les modifications s&apos;appliquent immédiatement et vous déconnectent.</translation>
    </message>
    <message>
        <source>Card &amp;removal:</source>
        <translation>&amp;Retrait de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out of the reader</source>
        <translation>Se déconnecter lorsque la carte est retirée du lecteur</translation>
    </message>
    <message>
        <source>Sign out when the card is taken out</source>
        <translation>Se déconnecter lorsque la carte est retirée</translation>
    </message>
    <message>
        <source>Taking the card out always locks the window; with this on, it also ends your portal session.</source>
        <translation>Retirer la carte verrouille toujours la fenêtre&#xa0;; si cette option est activée, cela met aussi fin à votre session sur le portail.</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes idle):</source>
        <translation>&amp;Verrouiller après (minutes d&apos;inactivité)&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Minutes without activity before the window locks</source>
        <translation>Minutes sans activité avant le verrouillage de la fenêtre</translation>
    </message>
    <message>
        <source>On a shared desk the window locks itself when nobody uses it; 0 means never.</source>
        <translation>Sur un poste partagé, la fenêtre se verrouille d&apos;elle-même lorsque personne ne l&apos;utilise&#xa0;; 0 signifie jamais.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in. The card reader may still show the PIN prompt until it gives up.</source>
        <translation>Vous avez annulé la connexion. Le lecteur de carte peut encore afficher la demande de code PIN jusqu&apos;à l&apos;expiration de son délai.</translation>
    </message>
    <message>
        <source>Your eID card</source>
        <translation>Votre carte eID</translation>
    </message>
    <message>
        <source>eID card state</source>
        <translation>État de la carte eID</translation>
    </message>
    <message>
        <source>&amp;Sign in with eID…</source>
        <translation>Se &amp;connecter avec l&apos;eID…</translation>
    </message>
    <message>
        <source>Asks for your PIN code and signs you in to the portal with your eID card.</source>
        <translation>Demande votre code PIN et vous connecte au portail avec votre carte eID.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ends your portal session; the card stays in the reader.</source>
        <translation>Met fin à votre session sur le portail&#xa0;; la carte reste dans le lecteur.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Your card was taken out of the reader, so you were signed out.</source>
        <translation>Votre carte a été retirée du lecteur&#xa0;: vous avez donc été déconnecté.</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Sign in again to continue.</source>
        <translation>Votre session sur le portail a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>eID sign-in is not available in this window.</source>
        <translation>La connexion eID n&apos;est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and sign in again.</source>
        <translation>La carte a été retirée du lecteur. Remettez-la et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SubmissionsPage</name>
    <message>
        <source>Damaged: cannot be read</source>
        <translation>Endommagé&#xa0;: illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>En file d&apos;attente&#xa0;: en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Reçu par le portail</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Accepté avec avertissements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>En attente d&apos;informations complémentaires</translation>
    </message>
    <message>
        <source>Not taken by the portal</source>
        <translation>Non pris en charge par le portail</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Ticket %1.</source>
        <translation>Ticket %1.</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Choose a submission to see its details.</source>
        <translation>Choisissez un envoi pour en voir le détail.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>Declaration: %1</source>
        <translation>Déclaration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 — it will be tried again by itself.</source>
        <translation>Tentatives&#xa0;: %1 — un nouvel essai aura lieu automatiquement.</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Réponse du portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Enter opens the submitted draft with the portal&apos;s remarks on its fields.</source>
        <translation>Enter ouvre le brouillon envoyé avec les remarques du portail sur ses champs.</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit a draft: it waits here until the portal has answered.</source>
        <translation>Rien n&apos;a encore été envoyé. Envoyez un brouillon&#xa0;: il attend ici jusqu&apos;à ce que le portail ait répondu.</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Détail de l&apos;envoi</translation>
    </message>
    <message>
        <source>Problems found by the portal</source>
        <translation>Problèmes trouvés par le portail</translation>
    </message>
    <message>
        <source>&amp;Open the draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>A&amp;ccusé de réception…</translation>
    </message>
    <message>
        <source>The portal&apos;s signed receipt: view, save as PDF, print.</source>
        <translation>L&apos;accusé de réception signé par le portail&#xa0;: afficher, enregistrer en PDF, imprimer.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now instead of at the next attempt.</source>
        <translation>Envoyer maintenant ce qui attend dans la boîte d&apos;envoi au lieu d&apos;attendre la prochaine tentative.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation>Bienvenue dans Guichet</translation>
    </message>
    <message>
        <source>Your counter for social-security declarations: sign in with your eID card, fill in your forms, keep drafts safely on this computer and send them when you are ready.</source>
        <translation>Votre guichet pour les déclarations de sécurité sociale&#xa0;: connectez-vous avec votre carte eID, remplissez vos formulaires, conservez vos brouillons en sécurité sur cet ordinateur et envoyez-les quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Choose your workspace:</source>
        <translation>Choisissez votre espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 open the workspaces, Drafts and Submissions; F1 opens the help at the field you are in. Choose your language in View &gt; Language and the portal&apos;s address in Tools &gt; Settings.</source>
        <translation>Ctrl+1 à Ctrl+5 ouvrent les espaces de travail, les brouillons et les envois ; F1 ouvre l'aide au champ où vous vous trouvez. Choisissez votre langue dans Affichage &gt; Langue et l'adresse du portail dans Outils &gt; Paramètres.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::Workbench</name>
    <message>
        <source>Your drafts are protected by a passphrase. Type it to open them:</source>
        <translation>Vos brouillons sont protégés par une phrase secrète. Saisissez-la pour les ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Drafts passphrase</source>
        <translation>Phrase secrète des brouillons</translation>
    </message>
    <message>
        <source>A result arrived: %1 (ticket %2).</source>
        <translation>Un résultat est arrivé&#xa0;: %1 (ticket %2).</translation>
    </message>
    <message>
        <source>A result arrived: %1.</source>
        <translation>Un résultat est arrivé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sign in as a helpdesk agent first.</source>
        <translation>Connectez-vous d&apos;abord en tant qu&apos;agent du helpdesk.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) had not reached the portal and were discarded with the citizen&apos;s data.</source>
        <translation>
            <numerusform>%n envoi n&apos;avait pas atteint le portail et a été abandonné avec les données du citoyen.</numerusform>
            <numerusform>%n envois n&apos;avaient pas atteint le portail et ont été abandonnés avec les données du citoyen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drafts cannot be opened.</source>
        <translation>Les brouillons ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so Guichet cannot keep the key of your drafts there. Choose a passphrase to protect them instead (you will type it when Guichet starts). Without it, the drafts cannot be opened: keep it safe.</source>
        <translation>Aucun trousseau de clés n&apos;a répondu sur cet ordinateur&#xa0;: Guichet ne peut donc pas y conserver la clé de vos brouillons. Choisissez plutôt une phrase secrète pour les protéger (vous la saisirez au démarrage de Guichet). Sans elle, les brouillons ne peuvent pas être ouverts&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::WorkspacePage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Name of the start page in the navigation</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>Name of the workspace for self-employed people (noun)</extracomment>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Name of the workspace for employers (noun, the one who employs)</extracomment>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <extracomment>Name of the workspace for helpdesk staff</extracomment>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Start here: what Guichet does and where to go.</source>
        <translation>Commencez ici&#xa0;: ce que fait Guichet et où aller.</translation>
    </message>
    <message>
        <source>File your own forms: contributions, flexi-job and student quotas, address and bank changes.</source>
        <translation>Remplissez vos propres formulaires&#xa0;: cotisations, contingents flexi-job et étudiant, changement d&apos;adresse et de compte bancaire.</translation>
    </message>
    <message>
        <source>Staff register, Dimona for each hire and departure, the quarterly DmfA for all your workers, batch submission.</source>
        <translation>Registre du personnel, Dimona pour chaque entrée et sortie de service, DmfA trimestrielle pour tous vos travailleurs, envoi par lots.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter, on their behalf under a mandate.</source>
        <translation>Aidez les citoyens par téléphone ou au guichet, en agissant en leur nom sous mandat.</translation>
    </message>
    <message>
        <source>File your own forms with the social-security portal, in plain language and at your own pace. Guichet checks each answer as you type and keeps your drafts safe until you send them.</source>
        <translation>Remplissez vos propres formulaires auprès du portail de la sécurité sociale, dans un langage clair et à votre rythme. Guichet vérifie chaque réponse pendant la saisie et conserve vos brouillons en sécurité jusqu&apos;à leur envoi.</translation>
    </message>
    <message>
        <source>For employers and social secretariats: your staff register, a Dimona for each hire and departure, the quarterly DmfA for all your workers, and batch submission.</source>
        <translation>Pour les employeurs et les secrétariats sociaux&#xa0;: votre registre du personnel, une Dimona pour chaque entrée et sortie de service, la DmfA trimestrielle pour tous vos travailleurs, et l&apos;envoi par lots.</translation>
    </message>
    <message>
        <source>Help citizens on the phone or at the counter: look a person up, act on their behalf under a mandate, with every action recorded.</source>
        <translation>Aidez les citoyens par téléphone ou au guichet&#xa0;: recherchez une personne, agissez en son nom sous mandat, chaque action étant enregistrée.</translation>
    </message>
    <message>
        <source>This workspace is being built. Once it is ready you will sign in with your eID card and find here:</source>
        <translation>Cet espace de travail est en construction. Une fois qu&apos;il sera prêt, vous vous connecterez avec votre carte eID et vous y trouverez&#xa0;:</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Adjust your provisional social contributions</source>
        <translation>Adaptez vos cotisations sociales provisoires</translation>
    </message>
    <message>
        <source>Follow your flexi-job and student work quotas</source>
        <translation>Suivez vos contingents flexi-job et de travail étudiant</translation>
    </message>
    <message>
        <source>Change your address or bank account</source>
        <translation>Modifiez votre adresse ou votre compte bancaire</translation>
    </message>
    <message>
        <source>Drafts saved as you type, even offline, and a receipt for each declaration</source>
        <translation>Des brouillons enregistrés pendant la saisie, même hors ligne, et un accusé de réception pour chaque déclaration</translation>
    </message>
    <message>
        <source>A staff register, with import from a CSV file</source>
        <translation>Un registre du personnel, avec import depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Dimona declarations for each hire and departure</source>
        <translation>Des déclarations Dimona pour chaque entrée et sortie de service</translation>
    </message>
    <message>
        <source>The quarterly DmfA, for hundreds or thousands of workers at once</source>
        <translation>La DmfA trimestrielle, pour des centaines ou des milliers de travailleurs à la fois</translation>
    </message>
    <message>
        <source>Batch submission, with status follow-up and each anomaly shown on its field</source>
        <translation>L&apos;envoi par lots, avec suivi du statut et chaque anomalie signalée sur le champ concerné</translation>
    </message>
    <message>
        <source>Look a person up by national number</source>
        <translation>Recherchez une personne par numéro de registre national</translation>
    </message>
    <message>
        <source>Act on behalf of a citizen under a mandate</source>
        <translation>Agissez au nom d&apos;un citoyen sous mandat</translation>
    </message>
    <message>
        <source>An audit trail of every action</source>
        <translation>Un journal d&apos;audit de chaque action</translation>
    </message>
    <message>
        <source>A clean wipe between two citizens on a shared desk</source>
        <translation>Un effacement complet entre deux citoyens sur un poste partagé</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>Nouvelle déclaration…</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation>Mes accusés de réception</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Registre du personnel</translation>
    </message>
    <message>
        <source>New Dimona…</source>
        <translation>Nouvelle Dimona…</translation>
    </message>
    <message>
        <source>Import workers from CSV…</source>
        <translation>Importer des travailleurs depuis un CSV…</translation>
    </message>
    <message>
        <source>Find a citizen…</source>
        <translation>Rechercher un citoyen…</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>End session and wipe</source>
        <translation>Terminer la session et tout effacer</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>Name of the page listing the drafts (noun, plural)</extracomment>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Submissions</source>
        <extracomment>Name of the page listing what was sent to the portal (noun, plural)</extracomment>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Your forms in progress, saved as you type, even offline.</source>
        <translation>Vos formulaires en cours, enregistrés pendant la saisie, même hors ligne.</translation>
    </message>
    <message>
        <source>What you sent to the portal, where it stands and its results.</source>
        <translation>Ce que vous avez envoyé au portail, où en est le traitement et les résultats.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchDialog</name>
    <message>
        <source>Batch submission</source>
        <translation>Envoi par lots</translation>
    </message>
    <message>
        <source>Batch submission: %1</source>
        <translation>Envoi par lots&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can close this window: the batch goes on in the background.</source>
        <translation>Vous pouvez fermer cette fenêtre&#xa0;: le lot continue en arrière-plan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchItemModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Received by the portal</source>
        <translation>Reçu par le portail</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Accepté avec avertissements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Waiting for more information</source>
        <translation>En attente d&apos;informations complémentaires</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>This item&apos;s stored result is damaged and cannot be read.</source>
        <translation>Le résultat enregistré pour cet élément est endommagé et illisible.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchProgressWidget</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Terminés&#xa0;:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>En échec&#xa0;:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Restants&#xa0;:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Results by kind</source>
        <translation>Résultats par type</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>État du lot</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the rest</source>
        <translation>A&amp;nnuler le reste</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Annuler le reste</translation>
    </message>
    <message>
        <source>Stops sending the items not sent yet. Items already sent still get their result. You can resume later.</source>
        <translation>Arrête l&apos;envoi des éléments pas encore envoyés. Les éléments déjà envoyés reçoivent quand même leur résultat. Vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Sends the items not sent yet. Nothing is sent twice.</source>
        <translation>Envoie les éléments pas encore envoyés. Rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>Result per &amp;item:</source>
        <translation>Résultat par &amp;élément&#xa0;:</translation>
    </message>
    <message>
        <source>Show only &amp;failed items</source>
        <translation>Afficher uniquement les éléments en é&amp;chec</translation>
    </message>
    <message>
        <source>Show only failed items</source>
        <translation>Afficher uniquement les éléments en échec</translation>
    </message>
    <message>
        <source>Result per item</source>
        <translation>Résultat par élément</translation>
    </message>
    <message>
        <source>One row per item of the batch: its number, name, state, ticket and the portal&apos;s first message.</source>
        <translation>Une ligne par élément du lot&#xa0;: son numéro, son nom, son état, son ticket et le premier message du portail.</translation>
    </message>
    <message>
        <source>Batch submission</source>
        <translation>Envoi par lots</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Reading the batch…</source>
        <translation>Lecture du lot…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>None: finished</source>
        <translation>Aucun&#xa0;: terminé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepté</numerusform>
            <numerusform>%n acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted with warnings</source>
        <translation>
            <numerusform>%n accepté avec avertissements</numerusform>
            <numerusform>%n acceptés avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for more information</source>
        <translation>
            <numerusform>%n en attente d&apos;informations complémentaires</numerusform>
            <numerusform>%n en attente d&apos;informations complémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n refusé par le portail</numerusform>
            <numerusform>%n refusés par le portail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken by the portal</source>
        <translation>
            <numerusform>%n non pris en charge par le portail</numerusform>
            <numerusform>%n non pris en charge par le portail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent, result awaited</source>
        <translation>
            <numerusform>%n envoyé, résultat attendu</numerusform>
            <numerusform>%n envoyés, résultat attendu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n pas encore envoyé</numerusform>
            <numerusform>%n pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished. %n item(s) failed: see the list below.</source>
        <translation>
            <numerusform>Terminé. %n élément en échec&#xa0;: voir la liste ci-dessous.</numerusform>
            <numerusform>Terminé. %n éléments en échec&#xa0;: voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Every item has its result.</source>
        <translation>Terminé. Chaque élément a reçu son résultat.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n item(s) not sent will wait until you resume.</source>
        <translation>
            <numerusform>Annulé. %n élément non envoyé attendra que vous repreniez.</numerusform>
            <numerusform>Annulé. %n éléments non envoyés attendront que vous repreniez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already sent still get their result.</source>
        <translation>
            <numerusform>%n élément déjà envoyé recevra quand même son résultat.</numerusform>
            <numerusform>%n éléments déjà envoyés recevront quand même leur résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending. %1 of %2 items have their result.</source>
        <translation>Envoi en cours. %1 éléments sur %2 ont reçu leur résultat.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::batch::BatchSubmission</name>
    <message>
        <source>The form &quot;%1&quot; is not in the catalogue.</source>
        <translation>Le formulaire &quot;%1&quot; ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>This is not a JSON document: %1</source>
        <translation>Ce n&apos;est pas un document JSON&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) of the batch have errors (number %1): nothing was queued. Correct them, then submit the batch again.</source>
        <translation>
            <numerusform>%n déclaration du lot contient des erreurs (numéro %1)&#xa0;: rien n&apos;a été mis en file d&apos;attente. Corrigez-la, puis envoyez à nouveau le lot.</numerusform>
            <numerusform>%n déclarations du lot contiennent des erreurs (numéros %1)&#xa0;: rien n&apos;a été mis en file d&apos;attente. Corrigez-les, puis envoyez à nouveau le lot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ConflictDialog</name>
    <message>
        <source>Someone else changed this worker</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce travailleur</translation>
    </message>
    <message>
        <source>Someone else saved this worker&apos;s entry while you were editing it (version %1, %2). Below is every field where your version and theirs differ. Choose which to keep for each field; nothing is saved until you click &quot;Save this version&quot;.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré la fiche de ce travailleur pendant que vous la modifiiez (version %1, %2). Vous trouverez ci-dessous chaque champ pour lequel votre version et la sienne diffèrent. Choisissez pour chaque champ la valeur à conserver&#xa0;; rien n&apos;est enregistré tant que vous ne cliquez pas sur &quot;Enregistrer cette version&quot;.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation>Différences entre votre version et la sienne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>changed by both</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation>modifié par l&apos;autre personne</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Valeur à conserver pour %1</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conserver toutes les &amp;miennes</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Conserver toutes les &amp;siennes</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Enregistrer cette version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saves the entry with the value chosen for each field, over their version.</source>
        <translation>Enregistre la fiche avec la valeur choisie pour chaque champ, à la place de sa version.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::CsvImportDialog</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The register now holds this worker %1 times (entries %2): the connection was lost and the request was sent again. End the extra entry, or ask the portal to remove it.</source>
        <translation>Le registre contient désormais ce travailleur %1 fois (fiches %2)&#xa0;: la connexion a été perdue et la demande a été renvoyée. Mettez fin à la fiche en trop, ou demandez au portail de la supprimer.</translation>
    </message>
    <message>
        <source>Import workers from a CSV file</source>
        <translation>Importer des travailleurs depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Afficher uniquement les lignes avec des &amp;problèmes</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>When some rows have problems:</source>
        <translation>Lorsque certaines lignes posent problème&#xa0;:</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is correct (all or nothing)</source>
        <translation>&amp;N&apos;importer rien tant que toutes les lignes ne sont pas correctes (tout ou rien)</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Ignorer les lignes avec des problèmes et importer les autres</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) added to the register.</source>
        <translation>
            <numerusform>%n travailleur ajouté au registre.</numerusform>
            <numerusform>%n travailleurs ajoutés au registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused by the portal (see the Problems column).</source>
        <translation>
            <numerusform>%n ligne refusée par le portail (voir la colonne Problèmes).</numerusform>
            <numerusform>%n lignes refusées par le portail (voir la colonne Problèmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped: %n row(s) not sent.</source>
        <translation>
            <numerusform>L&apos;import a été arrêté&#xa0;: %n ligne non envoyée.</numerusform>
            <numerusform>L&apos;import a été arrêté&#xa0;: %n lignes non envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the refusal nothing more was sent: %n row(s) not sent.</source>
        <translation>
            <numerusform>Après le refus, plus rien n&apos;a été envoyé&#xa0;: %n ligne non envoyée.</numerusform>
            <numerusform>Après le refus, plus rien n&apos;a été envoyé&#xa0;: %n lignes non envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) are now twice in the register after a lost connection (see the Problems column).</source>
        <translation>
            <numerusform>%n travailleur figure désormais deux fois dans le registre après une perte de connexion (voir la colonne Problèmes).</numerusform>
            <numerusform>%n travailleurs figurent désormais deux fois dans le registre après une perte de connexion (voir la colonne Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read again to check that nobody was added twice.</source>
        <translation>Le registre n&apos;a pas pu être relu pour vérifier que personne n&apos;a été ajouté deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes ignorée.</numerusform>
            <numerusform>%n lignes avec des problèmes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n ligne prête</numerusform>
            <numerusform>%n lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n ligne avec des problèmes</numerusform>
            <numerusform>%n lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the workers to the register…</source>
        <translation>Ajout des travailleurs au registre…</translation>
    </message>
    <message>
        <source>Nothing will be imported until they are corrected in the file, unless you choose to skip them.</source>
        <translation>Rien ne sera importé tant qu&apos;elles ne sont pas corrigées dans le fichier, sauf si vous choisissez de les ignorer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n worker(s)</source>
        <translation>
            <numerusform>I&amp;mporter %n travailleur</numerusform>
            <numerusform>I&amp;mporter %n travailleurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DimonaDialog</name>
    <message>
        <source>Dimona %1 – %2</source>
        <translation>Dimona %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>The declaration is complete.</source>
        <translation>La déclaration est complète.</translation>
    </message>
    <message>
        <source>The declaration is not complete yet: the form will show what to fill in.</source>
        <translation>La déclaration n&apos;est pas encore complète&#xa0;: le formulaire indiquera ce qu&apos;il faut remplir.</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) are not complete: see the Check column. Every declaration of a batch must be complete.</source>
        <translation>
            <numerusform>%n déclaration n&apos;est pas complète&#xa0;: voir la colonne Vérification. Chaque déclaration d&apos;un lot doit être complète.</numerusform>
            <numerusform>%n déclarations ne sont pas complètes&#xa0;: voir la colonne Vérification. Chaque déclaration d&apos;un lot doit être complète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n declarations are complete.</source>
        <translation>
            <numerusform>%n déclaration est complète.</numerusform>
            <numerusform>Les %n déclarations sont complètes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimona %1</source>
        <translation>Dimona %1</translation>
    </message>
    <message numerus="yes">
        <source>Declare the start of employment (Dimona IN) of %n worker(s). The dates are each contract&apos;s unless you give one for everyone.</source>
        <translation>
            <numerusform>Déclarer le début de l&apos;occupation (Dimona IN) de %n travailleur. Les dates sont celles du contrat, sauf si vous en indiquez une pour tous.</numerusform>
            <numerusform>Déclarer le début de l&apos;occupation (Dimona IN) de %n travailleurs. Les dates sont celles de chaque contrat, sauf si vous en indiquez une pour tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same start &amp;date for everyone:</source>
        <translation>Même &amp;date de début pour tous&#xa0;:</translation>
    </message>
    <message>
        <source>Start date for everyone</source>
        <translation>Date de début pour tous</translation>
    </message>
    <message>
        <source>Start &amp;hour (HHMM, optional):</source>
        <translation>&amp;Heure de début (HHMM, facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 0800</source>
        <translation>p. ex. 0800</translation>
    </message>
    <message>
        <source>Same &amp;end date for everyone:</source>
        <translation>Même date de &amp;fin pour tous&#xa0;:</translation>
    </message>
    <message>
        <source>End date for everyone</source>
        <translation>Date de fin pour tous</translation>
    </message>
    <message>
        <source>End h&amp;our (HHMM, optional):</source>
        <translation>H&amp;eure de fin (HHMM, facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 1730</source>
        <translation>p. ex. 1730</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Period number</source>
        <translation>Numéro de période</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Workers to declare</source>
        <translation>Travailleurs à déclarer</translation>
    </message>
    <message>
        <source>&amp;Open the declaration</source>
        <translation>&amp;Ouvrir la déclaration</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Prepare %n declarations</source>
        <translation>
            <numerusform>&amp;Préparer %n déclaration</numerusform>
            <numerusform>&amp;Préparer %n déclarations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Looking up the period number on file…</source>
        <translation>Recherche du numéro de période enregistré…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read: type it.</source>
        <translation>Les numéros de période enregistrés n&apos;ont pas pu être lus&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <source>On file: the open period since %1 (worker type %2). You may change it.</source>
        <translation>Période enregistrée&#xa0;: ouverte depuis le %1 (type de travailleur %2). Vous pouvez modifier ce numéro.</translation>
    </message>
    <message>
        <source>No open Dimona period on file for this worker: type the period number of their Dimona IN.</source>
        <translation>Aucune période Dimona ouverte n&apos;est enregistrée pour ce travailleur&#xa0;: saisissez le numéro de période de sa Dimona IN.</translation>
    </message>
    <message>
        <source>Looking up the period numbers on file…</source>
        <translation>Recherche des numéros de période enregistrés…</translation>
    </message>
    <message>
        <source>The period numbers on file could not be read (%1): type each one from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>Les numéros de période enregistrés n&apos;ont pas pu être lus (%1)&#xa0;: saisissez chacun d&apos;eux à partir de l&apos;accusé de réception de la Dimona IN du travailleur.</translation>
    </message>
    <message numerus="yes">
        <source>%n period number(s) prefilled from the open periods on file.</source>
        <translation>
            <numerusform>%n numéro de période prérempli à partir des périodes ouvertes enregistrées.</numerusform>
            <numerusform>%n numéros de période préremplis à partir des périodes ouvertes enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) have no open period on file: type their period number.</source>
        <translation>
            <numerusform>%n travailleur n&apos;a aucune période ouverte enregistrée&#xa0;: saisissez son numéro de période.</numerusform>
            <numerusform>%n travailleurs n&apos;ont aucune période ouverte enregistrée&#xa0;: saisissez leur numéro de période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declare the end of employment (Dimona OUT) of %n worker(s). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Déclarer la fin de l&apos;occupation (Dimona OUT) de %n travailleur. Sa période ouverte enregistrée est remplie&#xa0;; à défaut, indiquez-la à partir de l&apos;accusé de réception de sa Dimona IN.</numerusform>
            <numerusform>Déclarer la fin de l&apos;occupation (Dimona OUT) de %n travailleurs. La période ouverte enregistrée de chaque travailleur est remplie&#xa0;; pour les autres, indiquez-la à partir de l&apos;accusé de réception de leur Dimona IN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Dimona period of %n worker(s) (Dimona UPDATE). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Modifier la période Dimona de %n travailleur (Dimona UPDATE). Sa période ouverte enregistrée est remplie&#xa0;; à défaut, indiquez-la à partir de l&apos;accusé de réception de sa Dimona IN.</numerusform>
            <numerusform>Modifier la période Dimona de %n travailleurs (Dimona UPDATE). La période ouverte enregistrée de chaque travailleur est remplie&#xa0;; pour les autres, indiquez-la à partir de l&apos;accusé de réception de leur Dimona IN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the Dimona period of %n worker(s) (Dimona CANCEL). Each worker&apos;s open period on file is filled in; give the others from the receipt of the worker&apos;s Dimona IN.</source>
        <translation>
            <numerusform>Annuler la période Dimona de %n travailleur (Dimona CANCEL). Sa période ouverte enregistrée est remplie&#xa0;; à défaut, indiquez-la à partir de l&apos;accusé de réception de sa Dimona IN.</numerusform>
            <numerusform>Annuler la période Dimona de %n travailleurs (Dimona CANCEL). La période ouverte enregistrée de chaque travailleur est remplie&#xa0;; pour les autres, indiquez-la à partir de l&apos;accusé de réception de leur Dimona IN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 12-digit period number of each worker&apos;s Dimona IN: filled in from the open periods on file, else type or paste it (one per line).</source>
        <translation>Le numéro de période à 12 chiffres de la Dimona IN de chaque travailleur&#xa0;: rempli à partir des périodes ouvertes enregistrées, sinon saisissez-le ou collez-le (un par ligne).</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::DmfaDialog</name>
    <message numerus="yes">
        <source>%n worker(s) of the register are employed in this quarter.</source>
        <translation>
            <numerusform>%n travailleur du registre est occupé au cours de ce trimestre.</numerusform>
            <numerusform>%n travailleurs du registre sont occupés au cours de ce trimestre.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA from the register</source>
        <translation>DmfA à partir du registre</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the staff register: every worker employed in the quarter with the working time of the contract and the normal working days. The draft opens in the DmfA form, where you add the wages and the amount owed before sending it.</source>
        <translation>Prépare la DmfA trimestrielle à partir du registre du personnel&#xa0;: chaque travailleur occupé au cours du trimestre, avec le temps de travail du contrat et les jours de travail normaux. Le brouillon s&apos;ouvre dans le formulaire DmfA, où vous ajoutez les rémunérations et le montant dû avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <source>&amp;ONSS number (9 digits):</source>
        <translation>Numéro &amp;ONSS (9 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 012345674</source>
        <translation>p. ex. 012345674</translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation>&amp;Catégorie d&apos;employeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the DmfA draft</source>
        <translation>&amp;Ouvrir le brouillon de DmfA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EmployerPage</name>
    <message>
        <source>Import workers</source>
        <translation>Importer des travailleurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sign in with your eID card to manage a staff register.</source>
        <translation>Connectez-vous avec votre carte eID pour gérer un registre du personnel.</translation>
    </message>
    <message>
        <source>You hold no mandate for an enterprise: there is no staff register to manage.</source>
        <translation>Vous ne détenez aucun mandat pour une entreprise&#xa0;: il n&apos;y a aucun registre du personnel à gérer.</translation>
    </message>
    <message>
        <source>as its social secretariat</source>
        <translation>en tant que secrétariat social</translation>
    </message>
    <message>
        <source>as its social secretariat, %1</source>
        <translation>en tant que secrétariat social, %1</translation>
    </message>
    <message>
        <source>as its service provider</source>
        <translation>en tant que prestataire de services</translation>
    </message>
    <message>
        <source>as its service provider, %1</source>
        <translation>en tant que prestataire de services, %1</translation>
    </message>
    <message>
        <source>as its employer</source>
        <translation>en tant qu&apos;employeur</translation>
    </message>
    <message>
        <source>Acting for %1 (enterprise %2), %3</source>
        <translation>Vous agissez pour %1 (entreprise %2), %3</translation>
    </message>
    <message>
        <source>The staff-record form cannot be used: %1</source>
        <translation>Le formulaire de fiche du personnel ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation>Lecture du registre du personnel…</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Le registre n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the register.</source>
        <translation>
            <numerusform>%n travailleur dans le registre.</numerusform>
            <numerusform>%n travailleurs dans le registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n worker(s) shown.</source>
        <translation>
            <numerusform>%1 sur %n travailleur affiché.</numerusform>
            <numerusform>%1 sur %n travailleurs affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the register.</source>
        <translation>%1 a été ajouté au registre.</translation>
    </message>
    <message>
        <source>The entry of %1 was saved.</source>
        <translation>La fiche de %1 a été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Ending %n employment(s)…</source>
        <translation>
            <numerusform>Fin de %n occupation en cours…</numerusform>
            <numerusform>Fin de %n occupations en cours…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed by someone else meanwhile; check the entry and end it again.</source>
        <translation>%1&#xa0;: modifiée entre-temps par quelqu&apos;un d&apos;autre&#xa0;; vérifiez la fiche et mettez-y fin à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) ended.</source>
        <translation>
            <numerusform>%n occupation terminée.</numerusform>
            <numerusform>%n occupations terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) imported.</source>
        <translation>
            <numerusform>%n travailleur importé.</numerusform>
            <numerusform>%n travailleurs importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) exported to %1.</source>
        <translation>
            <numerusform>%n travailleur exporté vers %1.</numerusform>
            <numerusform>%n travailleurs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dimona %1 for %n worker(s) of %2</source>
        <translation>
            <numerusform>Dimona %1 pour %n travailleur de %2</numerusform>
            <numerusform>Dimona %1 pour %n travailleurs de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dimona declaration(s) handed to the batch submission.</source>
        <translation>
            <numerusform>%n déclaration Dimona transmise à l&apos;envoi par lots.</numerusform>
            <numerusform>%n déclarations Dimona transmises à l&apos;envoi par lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>DmfA %1, quarter %2 – %3</source>
        <translation>DmfA %1, trimestre %2 – %3</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Enterprise acted for</source>
        <translation>Entreprise pour laquelle vous agissez</translation>
    </message>
    <message>
        <source>The enterprises you hold a mandate for.</source>
        <translation>Les entreprises pour lesquelles vous détenez un mandat.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name or national number (%1)</source>
        <translation>Nom ou numéro de registre national (%1)</translation>
    </message>
    <message>
        <source>Search the staff register</source>
        <translation>Rechercher dans le registre du personnel</translation>
    </message>
    <message>
        <source>Every word in the name, or digits of the national number.</source>
        <translation>Chaque mot du nom, ou des chiffres du numéro de registre national.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Tous les travailleurs</translation>
    </message>
    <message>
        <source>Active workers</source>
        <translation>Travailleurs actifs</translation>
    </message>
    <message>
        <source>Ended employments</source>
        <translation>Occupations terminées</translation>
    </message>
    <message>
        <source>Which workers to show</source>
        <translation>Travailleurs à afficher</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Registre du personnel</translation>
    </message>
    <message>
        <source>Enter opens the selected worker&apos;s entry; Delete ends the employment.</source>
        <translation>Enter ouvre la fiche du travailleur sélectionné&#xa0;; Delete met fin à l&apos;occupation.</translation>
    </message>
    <message>
        <source>&amp;New worker…</source>
        <translation>&amp;Nouveau travailleur…</translation>
    </message>
    <message>
        <source>Adds a worker to the register (%1)</source>
        <translation>Ajoute un travailleur au registre (%1)</translation>
    </message>
    <message>
        <source>&amp;Open entry…</source>
        <translation>&amp;Ouvrir la fiche…</translation>
    </message>
    <message>
        <source>Opens the selected worker&apos;s entry (Enter)</source>
        <translation>Ouvre la fiche du travailleur sélectionné (Enter)</translation>
    </message>
    <message>
        <source>E&amp;nd employment…</source>
        <translation>&amp;Mettre fin à l&apos;occupation…</translation>
    </message>
    <message>
        <source>Sets the last day of employment of the selected workers (Delete)</source>
        <translation>Fixe le dernier jour d&apos;occupation des travailleurs sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Adds workers from a CSV file, checked row by row first</source>
        <translation>Ajoute des travailleurs depuis un fichier CSV, vérifié d&apos;abord ligne par ligne</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Writes the workers shown to a CSV file</source>
        <translation>Écrit les travailleurs affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Dmf&amp;A…</source>
        <translation>Dmf&amp;A…</translation>
    </message>
    <message>
        <source>Prepares the quarterly DmfA from the register</source>
        <translation>Prépare la DmfA trimestrielle à partir du registre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reads the register from the portal again (%1)</source>
        <translation>Relit le registre sur le portail (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Dimona</source>
        <translation>&amp;Dimona</translation>
    </message>
    <message>
        <source>Dimona for the selected workers</source>
        <translation>Dimona pour les travailleurs sélectionnés</translation>
    </message>
    <message>
        <source>Declares the start, end, change or cancellation of the selected workers&apos; employment</source>
        <translation>Déclare le début, la fin, la modification ou l&apos;annulation de l&apos;occupation des travailleurs sélectionnés</translation>
    </message>
    <message>
        <source>Start of employment (IN)…</source>
        <translation>Début de l&apos;occupation (IN)…</translation>
    </message>
    <message>
        <source>End of employment (OUT)…</source>
        <translation>Fin de l&apos;occupation (OUT)…</translation>
    </message>
    <message>
        <source>Change of the period (UPDATE)…</source>
        <translation>Modification de la période (UPDATE)…</translation>
    </message>
    <message>
        <source>Cancellation (CANCEL)…</source>
        <translation>Annulation (CANCEL)…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::EndEmploymentDialog</name>
    <message>
        <source>End of employment</source>
        <translation>Fin de l&apos;occupation</translation>
    </message>
    <message numerus="yes">
        <source>Ends the employment of %n worker(s): %1. They stay in the register, active until that day. Declare it to the ONSS with a Dimona OUT.</source>
        <translation>
            <numerusform>Met fin à l&apos;occupation de %n travailleur&#xa0;: %1. Il reste dans le registre, actif jusqu&apos;à ce jour. Déclarez-la à l&apos;ONSS au moyen d&apos;une Dimona OUT.</numerusform>
            <numerusform>Met fin à l&apos;occupation de %n travailleurs&#xa0;: %1. Ils restent dans le registre, actifs jusqu&apos;à ce jour. Déclarez-la à l&apos;ONSS au moyen d&apos;une Dimona OUT.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Last day of employment:</source>
        <translation>&amp;Dernier jour d&apos;occupation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End employment</source>
        <translation>&amp;Mettre fin à l&apos;occupation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::ImportPreviewModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>Refusée par le portail</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Added twice</source>
        <translation>Ajoutée deux fois</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffRecordDialog</name>
    <message>
        <source>New worker</source>
        <translation>Nouveau travailleur</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Travailleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Checks the entry and saves it in the register.</source>
        <translation>Vérifie la fiche et l&apos;enregistre dans le registre.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The entry is not complete: the form shows what to correct.</source>
        <translation>La fiche n&apos;est pas complète&#xa0;: le formulaire indique ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved yet: someone else changed this entry meanwhile. Compare the two versions.</source>
        <translation>Pas encore enregistrée&#xa0;: quelqu&apos;un d&apos;autre a modifié cette fiche entre-temps. Comparez les deux versions.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this entry meanwhile. Save again to compare the versions, or Cancel to leave their version.</source>
        <translation>Non enregistrée&#xa0;: quelqu&apos;un d&apos;autre a modifié cette fiche entre-temps. Enregistrez à nouveau pour comparer les versions, ou cliquez sur Annuler pour conserver sa version.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::employer::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No name in the register: the national number identifies this worker.</source>
        <translation>Aucun nom dans le registre&#xa0;: le numéro de registre national identifie ce travailleur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>Type de travailleur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ArrayTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n error(s)</source>
        <translation>
            <numerusform>Cette ligne contient %n erreur</numerusform>
            <numerusform>Cette ligne contient %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::DateEdit</name>
    <message>
        <source>Choose a date in a calendar (Alt+Down)</source>
        <translation>Choisir une date dans un calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::ErrorSummary</name>
    <message>
        <source>No errors</source>
        <translation>Aucune erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct</source>
        <translation>
            <numerusform>%n erreur à corriger</numerusform>
            <numerusform>%n erreurs à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an error to go to its field.</source>
        <translation>Sélectionnez une erreur et appuyez sur Enter pour aller au champ concerné.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormPanel</name>
    <message>
        <source>Section; press Space to show or hide its fields</source>
        <translation>Section&#xa0;; appuyez sur Space pour afficher ou masquer ses champs</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::FormView</name>
    <message>
        <source>&amp;Check the form</source>
        <translation>&amp;Vérifier le formulaire</translation>
    </message>
    <message>
        <source>Show every error (Ctrl+Return)</source>
        <translation>Afficher toutes les erreurs (Ctrl+Return)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::form::TableEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected rows</source>
        <translation>Dupliquer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the row up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the row down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Coller des lignes copiées depuis un tableur</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>Filtrer les lignes de %1</translation>
    </message>
    <message>
        <source>Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter edits the row below the table.</source>
        <translation>Tableau. Insert ou Ctrl+Shift+N ajoute une ligne, Delete supprime les lignes sélectionnées, Enter ouvre la ligne en édition sous le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::help::HelpWindow</name>
    <message>
        <source>Guichet Help</source>
        <translation>Aide de Guichet</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Retour à la page précédente (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation>Aller à la page suivante (%1)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Som&amp;maire</translation>
    </message>
    <message>
        <source>The first page of the help (%1)</source>
        <translation>La première page de l&apos;aide (%1)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Fermer l&apos;aide</translation>
    </message>
    <message>
        <source>Opening the help…</source>
        <translation>Ouverture de l&apos;aide…</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Page d&apos;aide</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskBanner</name>
    <message>
        <source>En&amp;d session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>End the helpdesk session</source>
        <translation>Terminer la session du helpdesk</translation>
    </message>
    <message>
        <source>Helpdesk session</source>
        <translation>Session du helpdesk</translation>
    </message>
    <message>
        <source>Helpdesk: you are working on behalf of %1 (%2).</source>
        <translation>Helpdesk&#xa0;: vous travaillez au nom de %1 (%2).</translation>
    </message>
    <message>
        <source>Sends or discards the work done for %1, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Envoie ou abandonne le travail effectué pour %1, l&apos;efface de cet ordinateur et libère le poste pour le citoyen suivant.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::HelpdeskPage</name>
    <message>
        <source>Looking the citizen up…</source>
        <translation>Recherche du citoyen…</translation>
    </message>
    <message>
        <source>End this session before helping another citizen.</source>
        <translation>Terminez cette session avant d&apos;aider un autre citoyen.</translation>
    </message>
    <message>
        <source>Valid BIS number</source>
        <translation>Numéro BIS valide</translation>
    </message>
    <message>
        <source>Valid national number</source>
        <translation>Numéro de registre national valide</translation>
    </message>
    <message>
        <source>%1 %2, born on %3. Press Enter to look the citizen up.</source>
        <translation>%1 %2, date de naissance&#xa0;: %3. Appuyez sur Enter pour rechercher le citoyen.</translation>
    </message>
    <message>
        <source>%1 %2. Press Enter to look the citizen up.</source>
        <translation>%1 %2. Appuyez sur Enter pour rechercher le citoyen.</translation>
    </message>
    <message>
        <source>11 digits, printed as YY.MM.DD-XXX.CC or typed without separators.</source>
        <translation>11 chiffres, au format YY.MM.DD-XXX.CC ou saisis sans séparateurs.</translation>
    </message>
    <message>
        <source>Sign in with your eID card before looking a citizen up.</source>
        <translation>Connectez-vous avec votre carte eID avant de rechercher un citoyen.</translation>
    </message>
    <message>
        <source>The portal refused: looking citizens up is reserved to helpdesk agents, and your account does not have the helpdesk role.</source>
        <translation>Le portail a refusé&#xa0;: la recherche de citoyens est réservée aux agents du helpdesk, et votre compte n&apos;a pas le rôle helpdesk.</translation>
    </message>
    <message>
        <source>The portal knows no citizen with this national number. Check the number with the citizen.</source>
        <translation>Le portail ne connaît aucun citoyen avec ce numéro de registre national. Vérifiez le numéro auprès du citoyen.</translation>
    </message>
    <message>
        <source>The portal refused this national number as malformed (%1).</source>
        <translation>Le portail a refusé ce numéro de registre national comme mal formé (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again with your eID card, then look the citizen up again.</source>
        <translation>Votre connexion a expiré&#xa0;: reconnectez-vous avec votre carte eID, puis recherchez à nouveau le citoyen.</translation>
    </message>
    <message>
        <source>The portal is busy: try again in a moment.</source>
        <translation>Le portail est occupé&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portal could not answer the look-up (%1).</source>
        <translation>Le portail n&apos;a pas pu répondre à la recherche (%1).</translation>
    </message>
    <message>
        <source>The portal could not be reached: %1</source>
        <translation>Le portail est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not describe the citizen asked for; nothing was shown.</source>
        <translation>La réponse du portail ne décrivait pas le citoyen demandé&#xa0;; rien n&apos;a été affiché.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Agent du helpdesk</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No form can be started for this citizen here.</source>
        <translation>Aucun formulaire ne peut être commencé ici pour ce citoyen.</translation>
    </message>
    <message>
        <source>The list of forms could not be read: %1</source>
        <translation>La liste des formulaires n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looked the citizen up</source>
        <translation>A recherché le citoyen</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s quotas</source>
        <translation>A consulté les contingents du citoyen</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s contributions</source>
        <translation>A consulté les cotisations du citoyen</translation>
    </message>
    <message>
        <source>Filed a declaration for the citizen</source>
        <translation>A introduit une déclaration pour le citoyen</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s record…</source>
        <translation>Lecture du journal du portail…</translation>
    </message>
    <message>
        <source>The portal&apos;s record could not be read: %1</source>
        <translation>Le journal du portail n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) recorded in this session, as of %1.</source>
        <translation>
            <numerusform>%n accès enregistré dans cette session, au %1.</numerusform>
            <numerusform>%n accès enregistrés dans cette session, au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Look a citizen up by national number to act on their behalf. The portal records every access, and the citizen sees each one in their own account.</source>
        <translation>Recherchez un citoyen par son numéro de registre national pour agir en son nom. Le portail enregistre chaque accès, et le citoyen peut voir chacun d&apos;eux dans son propre compte.</translation>
    </message>
    <message>
        <source>Look a citizen up</source>
        <translation>Rechercher un citoyen</translation>
    </message>
    <message>
        <source>&amp;National number of the citizen:</source>
        <translation>&amp;Numéro de registre national du citoyen&#xa0;:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>YY.MM.DD-XXX.CC</translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation>Numéro de registre national du citoyen</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Asks the portal for the citizen with this number.</source>
        <translation>Demande au portail le citoyen qui porte ce numéro.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Numéro de registre national&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Known to the portal as:</source>
        <translation>Connu du portail en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Start a form for this citizen</source>
        <translation>Commencer un formulaire pour ce citoyen</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>&amp;Formulaires&#xa0;:</translation>
    </message>
    <message>
        <source>Forms to start for the citizen</source>
        <translation>Formulaires à commencer pour le citoyen</translation>
    </message>
    <message>
        <source>&amp;Start the form</source>
        <translation>&amp;Commencer le formulaire</translation>
    </message>
    <message>
        <source>Opens the chosen form, filled in on the citizen&apos;s behalf.</source>
        <translation>Ouvre le formulaire choisi, rempli au nom du citoyen.</translation>
    </message>
    <message>
        <source>Recorded in this session</source>
        <translation>Enregistré dans cette session</translation>
    </message>
    <message>
        <source>What the portal recorded of your work for this citizen: the look-up and the declarations filed on their behalf. The citizen sees each access in their account.</source>
        <translation>Ce que le portail a enregistré de votre travail pour ce citoyen&#xa0;: la recherche et les déclarations introduites en son nom. Le citoyen voit chaque accès dans son compte.</translation>
    </message>
    <message>
        <source>&amp;Accesses:</source>
        <translation>Acc&amp;ès&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Accesses recorded in this session</source>
        <translation>Accès enregistrés dans cette session</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reads the portal&apos;s record again.</source>
        <translation>Relit le journal du portail.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>Sends or discards the work done for this citizen, wipes it from this computer and frees the desk for the next citizen.</source>
        <translation>Envoie ou abandonne le travail effectué pour ce citoyen, l&apos;efface de cet ordinateur et libère le poste pour le citoyen suivant.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::helpdesk::NationalNumberCheck</name>
    <message>
        <source>A national number is made of digits only; dots, a dash and spaces may separate them.</source>
        <translation>Un numéro de registre national ne se compose que de chiffres&#xa0;; des points, un tiret et des espaces peuvent les séparer.</translation>
    </message>
    <message>
        <source>%n of 11 digits.</source>
        <translation>%n chiffres sur 11.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has only %n.</source>
        <translation>Un numéro de registre national compte 11 chiffres&#xa0;; celui-ci n&apos;en a que %n.</translation>
    </message>
    <message>
        <source>A national number has 11 digits; this one has %n.</source>
        <translation>Un numéro de registre national compte 11 chiffres&#xa0;; celui-ci en a %n.</translation>
    </message>
    <message>
        <source>The last two digits (the check digits) do not match the first nine: check the number with the citizen.</source>
        <translation>Les deux derniers chiffres (les chiffres de contrôle) ne correspondent pas aux neuf premiers&#xa0;: vérifiez le numéro auprès du citoyen.</translation>
    </message>
    <message>
        <source>The date of birth at the start of this number (%1) does not exist.</source>
        <translation>La date de naissance au début de ce numéro (%1) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Digits 7 to 9 (%1) are not a serial number the national register issues.</source>
        <translation>Les chiffres 7 à 9 (%1) ne forment pas un numéro d&apos;ordre attribué par le registre national.</translation>
    </message>
</context>
</TS>
