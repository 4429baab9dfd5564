# The help's languages, the words of the shared layout and the topic pages (see tools/generate.py).

LANGS = ["en", "fr", "nl", "de"]

# Each language by its own name, never translated.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}

WORDS = {
    "en": {
        "site": "Guichet Help",
        "skip": "Skip to the content",
        "languages": "Language",
        "contents": "Help contents",
        "guide": "Using Guichet",
        "forms": "Forms",
        "footer": "Guichet help. These pages are part of the application and work without an "
        "internet connection.",
        "on_this_page": "On this page",
        "pointer": "Field:",
        "choices": "Choices",
        "example": "Example",
        "where": "Where you find this form:",
    },
    "fr": {
        "site": "Aide de Guichet",
        "skip": "Aller au contenu",
        "languages": "Langue",
        "contents": "Sommaire de l'aide",
        "guide": "Utiliser Guichet",
        "forms": "Formulaires",
        "footer": "Aide de Guichet. Ces pages font partie de l'application et fonctionnent sans "
        "connexion à internet.",
        "on_this_page": "Sur cette page",
        "pointer": "Champ :",
        "choices": "Choix",
        "example": "Exemple",
        "where": "Où trouver ce formulaire :",
    },
    "nl": {
        "site": "Help bij Guichet",
        "skip": "Naar de inhoud",
        "languages": "Taal",
        "contents": "Inhoud van de help",
        "guide": "Guichet gebruiken",
        "forms": "Formulieren",
        "footer": "Help bij Guichet. Deze pagina's horen bij de toepassing en werken zonder "
        "internetverbinding.",
        "on_this_page": "Op deze pagina",
        "pointer": "Veld:",
        "choices": "Keuzes",
        "example": "Voorbeeld",
        "where": "Waar u dit formulier vindt:",
    },
    "de": {
        "site": "Hilfe zu Guichet",
        "skip": "Zum Inhalt springen",
        "languages": "Sprache",
        "contents": "Inhalt der Hilfe",
        "guide": "Guichet verwenden",
        "forms": "Formulare",
        "footer": "Hilfe zu Guichet. Diese Seiten gehören zur Anwendung und funktionieren ohne "
        "Internetverbindung.",
        "on_this_page": "Auf dieser Seite",
        "pointer": "Feld:",
        "choices": "Auswahl",
        "example": "Beispiel",
        "where": "Dieses Formular finden Sie hier:",
    },
}

# The topic pages in the order of the contents; each has src/pages/<lang>/<page>.html.
TOPICS = [
    ("index", {"en": "Guichet Help", "fr": "Aide de Guichet", "nl": "Help bij Guichet",
               "de": "Hilfe zu Guichet"}),
    ("getting-started", {"en": "Getting started", "fr": "Premiers pas", "nl": "Aan de slag",
                         "de": "Erste Schritte"}),
    ("drafts", {"en": "Drafts", "fr": "Brouillons", "nl": "Concepten", "de": "Entwürfe"}),
    ("submissions", {"en": "Submissions", "fr": "Envois", "nl": "Indieningen",
                     "de": "Übermittlungen"}),
    ("self-employed", {"en": "Self-employed workspace", "fr": "Espace indépendant",
                       "nl": "Werkruimte zelfstandige", "de": "Arbeitsbereich Selbstständige"}),
    ("employer", {"en": "Employer workspace", "fr": "Espace employeur",
                  "nl": "Werkruimte werkgever", "de": "Arbeitsbereich Arbeitgeber"}),
    ("helpdesk", {"en": "Helpdesk workspace", "fr": "Espace helpdesk",
                  "nl": "Werkruimte helpdesk", "de": "Arbeitsbereich Helpdesk"}),
    ("shortcuts", {"en": "Keyboard shortcuts", "fr": "Raccourcis clavier", "nl": "Sneltoetsen",
                   "de": "Tastenkombinationen"}),
]

# Where a form's audience works in Guichet (forms/catalogue.json "audiences").
AUDIENCE_PAGES = {
    "self-employed": "self-employed",
    "citizen": "self-employed",
    "employer": "employer",
    "helpdesk": "helpdesk",
}
AUDIENCE_NAMES = {
    "self-employed": {"en": "the self-employed workspace", "fr": "l'espace indépendant",
                      "nl": "de werkruimte zelfstandige", "de": "Arbeitsbereich Selbstständige"},
    "citizen": {"en": "the self-employed workspace (your own forms as a citizen)",
                "fr": "l'espace indépendant (vos propres formulaires de citoyen)",
                "nl": "de werkruimte zelfstandige (uw eigen formulieren als burger)",
                "de": "Arbeitsbereich Selbstständige (Ihre eigenen Formulare als Bürger)"},
    "employer": {"en": "the employer workspace", "fr": "l'espace employeur",
                 "nl": "de werkruimte werkgever", "de": "Arbeitsbereich Arbeitgeber"},
    "helpdesk": {"en": "the helpdesk workspace", "fr": "l'espace helpdesk",
                 "nl": "de werkruimte helpdesk", "de": "Arbeitsbereich Helpdesk"},
}
