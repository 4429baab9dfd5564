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
        <source>usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</source>
        <translation>utilisation&#xa0;: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]</translation>
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
        <source>Choose a workspace. Ctrl+1, Ctrl+2 and Ctrl+3 open them directly.</source>
        <translation>Choisissez un espace de travail. Ctrl+1, Ctrl+2 et Ctrl+3 les ouvrent directement.</translation>
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
        <source>This is an early version: the workspaces show what is coming. You can already sign in with your eID card, choose your language in View &gt; Language and enter the portal address in Tools &gt; Settings.</source>
        <translation>Ceci est une version préliminaire&#xa0;: les espaces de travail présentent ce qui arrive. Vous pouvez déjà vous connecter avec votre carte eID, choisir votre langue dans Affichage &gt; Langue et saisir l&apos;adresse du portail dans Outils &gt; Paramètres.</translation>
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
</TS>
