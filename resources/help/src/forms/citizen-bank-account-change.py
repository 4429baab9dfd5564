# Help for forms/citizen-bank-account-change/1.

INTRO = {
    "en": "With this form you give the new bank account on which your social-security payments "
    "are to be made. Payments that are already under way may still reach your old account.",
    "fr": "Avec ce formulaire, vous communiquez le nouveau compte bancaire sur lequel vos "
    "paiements de sécurité sociale doivent être versés. Les paiements déjà en cours peuvent "
    "encore arriver sur votre ancien compte.",
    "nl": "Met dit formulier geeft u de nieuwe bankrekening door waarop uw betalingen van de "
    "sociale zekerheid moeten gebeuren. Betalingen die al onderweg zijn, kunnen nog op uw oude "
    "rekening terechtkomen.",
    "de": "Mit diesem Formular teilen Sie das neue Bankkonto mit, auf das Ihre Zahlungen der "
    "sozialen Sicherheit überwiesen werden sollen. Zahlungen, die bereits unterwegs sind, "
    "können noch auf Ihrem alten Konto eingehen.",
}

SECTIONS = [
    {
        "id": "you",
        "title": {"en": "You", "fr": "Vous", "nl": "U", "de": "Sie"},
        "fields": [
            {"pointer": "/niss", "text": "@niss"},
        ],
    },
    {
        "id": "account",
        "title_key": "ui.account.label",
        "fields": [
            {"pointer": "/iban", "text": "@iban"},
            {
                "pointer": "/accountHolder",
                "text": {
                    "en": "The name of the account holder exactly as the bank knows it, 2 to 70 "
                    "characters.",
                    "fr": "Le nom du titulaire du compte exactement comme la banque le connaît, "
                    "de 2 à 70 caractères.",
                    "nl": "De naam van de rekeninghouder precies zoals de bank hem kent, 2 tot "
                    "70 tekens.",
                    "de": "Der Name des Kontoinhabers genau so, wie die Bank ihn kennt, 2 bis 70 "
                    "Zeichen.",
                },
            },
            {
                "pointer": "/bic",
                "text": {
                    "en": "The bank's BIC code: 8 or 11 capital letters and digits, for example "
                    "<code>GEBABEBB</code>. It is optional; give it only for an account abroad "
                    "when your bank asks for it.",
                    "fr": "Le code BIC de la banque : 8 ou 11 lettres majuscules et chiffres, "
                    "par exemple <code>GEBABEBB</code>. Il est facultatif ; indiquez-le "
                    "seulement pour un compte à l'étranger quand votre banque le demande.",
                    "nl": "De BIC-code van de bank: 8 of 11 hoofdletters en cijfers, "
                    "bijvoorbeeld <code>GEBABEBB</code>. Hij is facultatief; vul hem alleen in "
                    "voor een rekening in het buitenland als uw bank erom vraagt.",
                    "de": "Der BIC der Bank: 8 oder 11 Großbuchstaben und Ziffern, zum Beispiel "
                    "<code>GEBABEBB</code>. Er ist freiwillig; geben Sie ihn nur für ein Konto "
                    "im Ausland an, wenn Ihre Bank danach fragt.",
                },
            },
            {
                "pointer": "/effectiveDate",
                "text": [
                    {
                        "en": "The first day payments may go to the new account.",
                        "fr": "Le premier jour où les paiements peuvent être versés sur le "
                        "nouveau compte.",
                        "nl": "De eerste dag waarop betalingen op de nieuwe rekening mogen "
                        "gebeuren.",
                        "de": "Der erste Tag, an dem Zahlungen auf das neue Konto gehen dürfen.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/confirmation",
                "text": {
                    "en": "Tick the box to confirm that you are the holder or a co-holder of the "
                    "account and that what you entered is correct. The request cannot be sent "
                    "without it.",
                    "fr": "Cochez la case pour confirmer que vous êtes titulaire ou cotitulaire "
                    "du compte et que les données introduites sont exactes. La demande ne peut "
                    "pas être envoyée sans cette confirmation.",
                    "nl": "Vink het vakje aan om te bevestigen dat u houder of medehouder van de "
                    "rekening bent en dat wat u invulde juist is. Zonder die bevestiging kan de "
                    "aanvraag niet verzonden worden.",
                    "de": "Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie Inhaber oder "
                    "Mitinhaber des Kontos sind und Ihre Angaben richtig sind. Ohne diese "
                    "Bestätigung kann der Antrag nicht gesendet werden.",
                },
            },
        ],
    },
]
