# Explanations several forms share, used as "@name" in src/forms/*.py. Facts come from
# ../../shared/docs/DOMAIN.md and the forms' schemas; the wording is ours.

CONCEPTS = {
    "niss": {
        "en": "The person's national register number, or their BIS number if they are not in the "
        "national register. Type the 11 digits without dots, dashes or spaces: "
        "<code>85.07.30-033.28</code> is typed <code>85073003328</code>. The last two digits are "
        "check digits: Guichet tells you at once when the number cannot be right.",
        "fr": "Le numéro de registre national de la personne, ou son numéro BIS si elle n'est pas "
        "inscrite au registre national. Tapez les 11 chiffres sans points, tirets ni espaces : "
        "<code>85.07.30-033.28</code> se tape <code>85073003328</code>. Les deux derniers "
        "chiffres sont des chiffres de contrôle : Guichet vous signale tout de suite un numéro "
        "qui ne peut pas être correct.",
        "nl": "Het rijksregisternummer van de persoon, of het bisnummer als die niet in het "
        "rijksregister staat. Typ de 11 cijfers zonder punten, streepjes of spaties: "
        "<code>85.07.30-033.28</code> wordt <code>85073003328</code>. De laatste twee cijfers "
        "zijn controlecijfers: Guichet meldt meteen wanneer het nummer niet kan kloppen.",
        "de": "Die Nationalregisternummer der Person oder ihre BIS-Nummer, wenn sie nicht im "
        "Nationalregister eingetragen ist. Geben Sie die 11 Ziffern ohne Punkte, Bindestriche "
        "oder Leerzeichen ein: <code>85.07.30-033.28</code> wird als <code>85073003328</code> "
        "eingegeben. Die letzten beiden Ziffern sind Prüfziffern: Guichet meldet sofort, wenn die "
        "Nummer nicht stimmen kann.",
    },
    "enterprise": {
        "en": "The enterprise number from the Crossroads Bank for Enterprises (KBO/BCE): 10 "
        "digits, the first one 0 or 1, typed without dots (<code>0403.019.261</code> is typed "
        "<code>0403019261</code>). The last two digits are check digits.",
        "fr": "Le numéro d'entreprise de la Banque-Carrefour des Entreprises (BCE) : 10 chiffres, "
        "le premier étant 0 ou 1, tapés sans points (<code>0403.019.261</code> se tape "
        "<code>0403019261</code>). Les deux derniers chiffres sont des chiffres de contrôle.",
        "nl": "Het ondernemingsnummer uit de Kruispuntbank van Ondernemingen (KBO): 10 cijfers, "
        "het eerste is 0 of 1, getypt zonder punten (<code>0403.019.261</code> wordt "
        "<code>0403019261</code>). De laatste twee cijfers zijn controlecijfers.",
        "de": "Die Unternehmensnummer aus der Zentralen Datenbank der Unternehmen (ZDU): 10 "
        "Ziffern, die erste 0 oder 1, ohne Punkte eingegeben (<code>0403.019.261</code> wird als "
        "<code>0403019261</code> eingegeben). Die letzten beiden Ziffern sind Prüfziffern.",
    },
    "onss": {
        "en": "The employer's registration number at the ONSS: 9 digits, the first one 0 or 1. "
        "When an employer has this number, it takes precedence over the enterprise number.",
        "fr": "Le numéro d'immatriculation de l'employeur à l'ONSS : 9 chiffres, le premier "
        "étant 0 ou 1. Quand un employeur a ce numéro, il prime sur le numéro d'entreprise.",
        "nl": "Het inschrijvingsnummer van de werkgever bij de RSZ: 9 cijfers, het eerste is 0 "
        "of 1. Als een werkgever dit nummer heeft, gaat het voor op het ondernemingsnummer.",
        "de": "Die Eintragungsnummer des Arbeitgebers beim LSS: 9 Ziffern, die erste 0 oder 1. "
        "Hat ein Arbeitgeber diese Nummer, hat sie Vorrang vor der Unternehmensnummer.",
    },
    "lastName": {
        "en": "The last name as it appears on the identity document.",
        "fr": "Le nom tel qu'il figure sur la pièce d'identité.",
        "nl": "De naam zoals die op het identiteitsdocument staat.",
        "de": "Der Nachname, wie er auf dem Ausweisdokument steht.",
    },
    "firstName": {
        "en": "The first name as it appears on the identity document.",
        "fr": "Le prénom tel qu'il figure sur la pièce d'identité.",
        "nl": "De voornaam zoals die op het identiteitsdocument staat.",
        "de": "Der Vorname, wie er auf dem Ausweisdokument steht.",
    },
    "birthDate": {
        "en": "The date of birth. Type it as day/month/year or pick it from the calendar beside "
        "the field.",
        "fr": "La date de naissance. Tapez-la sous la forme jour/mois/année ou choisissez-la "
        "dans le calendrier à côté du champ.",
        "nl": "De geboortedatum. Typ ze als dag/maand/jaar of kies ze in de kalender naast het "
        "veld.",
        "de": "Das Geburtsdatum. Geben Sie es als Tag.Monat.Jahr ein oder wählen Sie es im "
        "Kalender neben dem Feld.",
    },
    "sex": {
        "en": "The person's sex as the national register records it.",
        "fr": "Le sexe de la personne tel que le registre national l'enregistre.",
        "nl": "Het geslacht van de persoon zoals het rijksregister het vermeldt.",
        "de": "Das Geschlecht der Person, wie es im Nationalregister eingetragen ist.",
    },
    "nationality": {
        "en": "The nationality as a two-letter country code in capitals (ISO 3166-1): "
        "<code>BE</code> for Belgium, <code>FR</code> for France, <code>NL</code> for the "
        "Netherlands, <code>DE</code> for Germany.",
        "fr": "La nationalité sous la forme d'un code pays de deux lettres majuscules (ISO "
        "3166-1) : <code>BE</code> pour la Belgique, <code>FR</code> pour la France, "
        "<code>NL</code> pour les Pays-Bas, <code>DE</code> pour l'Allemagne.",
        "nl": "De nationaliteit als landcode van twee hoofdletters (ISO 3166-1): <code>BE</code> "
        "voor België, <code>FR</code> voor Frankrijk, <code>NL</code> voor Nederland, "
        "<code>DE</code> voor Duitsland.",
        "de": "Die Staatsangehörigkeit als Ländercode aus zwei Großbuchstaben (ISO 3166-1): "
        "<code>BE</code> für Belgien, <code>FR</code> für Frankreich, <code>NL</code> für die "
        "Niederlande, <code>DE</code> für Deutschland.",
    },
    "street": {
        "en": "The name of the street, without the house number.",
        "fr": "Le nom de la rue, sans le numéro.",
        "nl": "De naam van de straat, zonder het huisnummer.",
        "de": "Der Name der Straße, ohne die Hausnummer.",
    },
    "houseNumber": {
        "en": "The house number, with its letter if it has one (<code>12A</code>).",
        "fr": "Le numéro de la maison, avec sa lettre s'il en a une (<code>12A</code>).",
        "nl": "Het huisnummer, met de letter als er een is (<code>12A</code>).",
        "de": "Die Hausnummer, mit Buchstaben, wenn es einen gibt (<code>12A</code>).",
    },
    "box": {
        "en": "The box number of a flat or a letterbox, only when the address has one. Leave it "
        "empty otherwise.",
        "fr": "Le numéro de boîte d'un appartement ou d'une boîte aux lettres, seulement si "
        "l'adresse en a un. Sinon, laissez le champ vide.",
        "nl": "Het busnummer van een appartement of brievenbus, alleen als het adres er een "
        "heeft. Laat het veld anders leeg.",
        "de": "Die Briefkastennummer einer Wohnung, nur wenn die Adresse eine hat. Lassen Sie "
        "das Feld sonst leer.",
    },
    "postalCodeBe": {
        "en": "The Belgian postal code: 4 digits from 1000 to 9992, without a <code>B-</code> "
        "in front.",
        "fr": "Le code postal belge : 4 chiffres de 1000 à 9992, sans <code>B-</code> devant.",
        "nl": "De Belgische postcode: 4 cijfers van 1000 tot 9992, zonder <code>B-</code> "
        "ervoor.",
        "de": "Die belgische Postleitzahl: 4 Ziffern von 1000 bis 9992, ohne vorangestelltes "
        "<code>B-</code>.",
    },
    "postalCodeAny": {
        "en": "The postal code. For an address in Belgium it has 4 digits (1000 to 9992) and "
        "Guichet checks it; for an address abroad, type it as the country writes it.",
        "fr": "Le code postal. Pour une adresse en Belgique, il compte 4 chiffres (1000 à 9992) "
        "et Guichet le vérifie ; pour une adresse à l'étranger, tapez-le comme le pays l'écrit.",
        "nl": "De postcode. Voor een adres in België heeft ze 4 cijfers (1000 tot 9992) en "
        "controleert Guichet ze; voor een adres in het buitenland typt u ze zoals het land ze "
        "schrijft.",
        "de": "Die Postleitzahl. Für eine Adresse in Belgien hat sie 4 Ziffern (1000 bis 9992) "
        "und Guichet prüft sie; für eine Adresse im Ausland geben Sie sie so ein, wie das Land "
        "sie schreibt.",
    },
    "municipality": {
        "en": "The municipality (town or city) of the address.",
        "fr": "La commune de l'adresse.",
        "nl": "De gemeente van het adres.",
        "de": "Die Gemeinde der Adresse.",
    },
    "countryCode": {
        "en": "The country of the address as a two-letter code in capitals (ISO 3166-1), for "
        "example <code>BE</code>.",
        "fr": "Le pays de l'adresse sous la forme d'un code de deux lettres majuscules (ISO "
        "3166-1), par exemple <code>BE</code>.",
        "nl": "Het land van het adres als code van twee hoofdletters (ISO 3166-1), bijvoorbeeld "
        "<code>BE</code>.",
        "de": "Das Land der Adresse als Code aus zwei Großbuchstaben (ISO 3166-1), zum Beispiel "
        "<code>BE</code>.",
    },
    "iban": {
        "en": "The account number as an IBAN, without spaces: a Belgian IBAN is <code>BE</code>, "
        "two check digits and 12 digits, 16 characters in all. Guichet checks the check digits "
        "while you type.",
        "fr": "Le numéro de compte au format IBAN, sans espaces : un IBAN belge se compose de "
        "<code>BE</code>, de deux chiffres de contrôle et de 12 chiffres, soit 16 caractères. "
        "Guichet vérifie les chiffres de contrôle pendant la saisie.",
        "nl": "Het rekeningnummer als IBAN, zonder spaties: een Belgische IBAN bestaat uit "
        "<code>BE</code>, twee controlecijfers en 12 cijfers, 16 tekens in totaal. Guichet "
        "controleert de controlecijfers terwijl u typt.",
        "de": "Die Kontonummer als IBAN, ohne Leerzeichen: eine belgische IBAN besteht aus "
        "<code>BE</code>, zwei Prüfziffern und 12 Ziffern, insgesamt 16 Zeichen. Guichet prüft "
        "die Prüfziffern während der Eingabe.",
    },
    "date": {
        "en": "Type the date as day/month/year or pick it from the calendar beside the field.",
        "fr": "Tapez la date sous la forme jour/mois/année ou choisissez-la dans le calendrier "
        "à côté du champ.",
        "nl": "Typ de datum als dag/maand/jaar of kies ze in de kalender naast het veld.",
        "de": "Geben Sie das Datum als Tag.Monat.Jahr ein oder wählen Sie es im Kalender neben "
        "dem Feld.",
    },
    "hour": {
        "en": "Four digits, hours then minutes, on the 24-hour clock: <code>0800</code> for 8:00 "
        "in the morning, <code>1730</code> for half past five in the afternoon.",
        "fr": "Quatre chiffres, les heures puis les minutes, sur 24 heures : <code>0800</code> "
        "pour 8 h 00, <code>1730</code> pour 17 h 30.",
        "nl": "Vier cijfers, eerst de uren en dan de minuten, in 24-uursnotatie: "
        "<code>0800</code> voor 8.00 uur, <code>1730</code> voor 17.30 uur.",
        "de": "Vier Ziffern, erst die Stunden, dann die Minuten, im 24-Stunden-Format: "
        "<code>0800</code> für 8:00 Uhr, <code>1730</code> für 17:30 Uhr.",
    },
    "periodId": {
        "en": "The 12-digit number the ONSS gave the Dimona period when it was declared. You "
        "find it in the answer to the IN declaration (its receipt in Guichet).",
        "fr": "Le numéro à 12 chiffres que l'ONSS a attribué à la période Dimona lors de sa "
        "déclaration. Vous le trouvez dans la réponse à la déclaration IN (son accusé de "
        "réception dans Guichet).",
        "nl": "Het nummer van 12 cijfers dat de RSZ bij de aangifte aan de Dimona-periode heeft "
        "toegekend. U vindt het in het antwoord op de IN-aangifte (het ontvangstbewijs ervan in "
        "Guichet).",
        "de": "Die 12-stellige Nummer, die das LSS dem Dimona-Zeitraum bei der Meldung zugeteilt "
        "hat. Sie finden sie in der Antwort auf die IN-Meldung (deren Empfangsbestätigung in "
        "Guichet).",
    },
    "workerTypeCode": {
        "en": "The Dimona worker type: the category the worker is declared in. Most workers are "
        "<code>OTH</code> (other). <code>STU</code> is a student working under the student "
        "quota, <code>FLX</code> a flexi-job, <code>EXT</code> an occasional worker (extra) in "
        "the sectors that allow it. The article 17 types (<code>O17</code>, <code>S17</code>, "
        "<code>T17</code>) are for socio-cultural work, sport and public television.",
        "fr": "Le type de travailleur Dimona : la catégorie dans laquelle le travailleur est "
        "déclaré. La plupart des travailleurs sont <code>OTH</code> (autre). <code>STU</code> est "
        "un étudiant qui travaille sous le contingent étudiant, <code>FLX</code> un flexi-job, "
        "<code>EXT</code> un travailleur occasionnel (extra) dans les secteurs qui le "
        "permettent. Les types de l'article 17 (<code>O17</code>, <code>S17</code>, "
        "<code>T17</code>) concernent le travail socioculturel, le sport et la télévision "
        "publique.",
        "nl": "Het Dimona-werknemerstype: de categorie waarin de werknemer wordt aangegeven. De "
        "meeste werknemers zijn <code>OTH</code> (andere). <code>STU</code> is een student die "
        "binnen het studentencontingent werkt, <code>FLX</code> een flexi-job, <code>EXT</code> "
        "een gelegenheidswerknemer (extra) in de sectoren die dat toelaten. De types van artikel "
        "17 (<code>O17</code>, <code>S17</code>, <code>T17</code>) gelden voor sociaal-cultureel "
        "werk, sport en de openbare televisie.",
        "de": "Die Dimona-Arbeitnehmerart: die Kategorie, in der der Arbeitnehmer gemeldet wird. "
        "Die meisten Arbeitnehmer sind <code>OTH</code> (andere). <code>STU</code> ist ein "
        "Student, der im Rahmen des Studentenkontingents arbeitet, <code>FLX</code> ein "
        "Flexi-Job, <code>EXT</code> eine Gelegenheitsarbeitskraft (Extra) in den Sektoren, die "
        "das erlauben. Die Arten nach Artikel 17 (<code>O17</code>, <code>S17</code>, "
        "<code>T17</code>) gelten für soziokulturelle Arbeit, Sport und das öffentliche "
        "Fernsehen.",
    },
    "jointCommitteeFree": {
        "en": "The number of the joint committee that covers this work: three digits, "
        "optionally followed by a sub-committee (<code>200</code>, <code>140.03</code>). Type "
        "<code>XXX</code> when no joint committee applies.",
        "fr": "Le numéro de la commission paritaire dont relève ce travail : trois chiffres, "
        "suivis le cas échéant d'une sous-commission (<code>200</code>, <code>140.03</code>). "
        "Tapez <code>XXX</code> quand aucune commission paritaire ne s'applique.",
        "nl": "Het nummer van het paritair comité waaronder dit werk valt: drie cijfers, "
        "eventueel gevolgd door een paritair subcomité (<code>200</code>, <code>140.03</code>). "
        "Typ <code>XXX</code> als er geen paritair comité van toepassing is.",
        "de": "Die Nummer der paritätischen Kommission, unter die diese Arbeit fällt: drei "
        "Ziffern, gegebenenfalls gefolgt von einer Unterkommission (<code>200</code>, "
        "<code>140.03</code>). Geben Sie <code>XXX</code> ein, wenn keine paritätische "
        "Kommission zutrifft.",
    },
    "employerCategory": {
        "en": "The employer category: 3 digits from the ONSS code tables, the same as in the "
        "DmfA (for example <code>010</code>).",
        "fr": "La catégorie d'employeur : 3 chiffres des tables de codes de l'ONSS, la même que "
        "dans la DmfA (par exemple <code>010</code>).",
        "nl": "De werkgeverscategorie: 3 cijfers uit de codetabellen van de RSZ, dezelfde als in "
        "de DmfA (bijvoorbeeld <code>010</code>).",
        "de": "Die Arbeitgeberkategorie: 3 Ziffern aus den Codetabellen des LSS, dieselbe wie in "
        "der DmfA (zum Beispiel <code>010</code>).",
    },
    "cents": {
        "en": "An amount in euros with at most two decimals, typed with the decimal separator of "
        "your language (<code>1234,56</code> in French, Dutch and German, <code>1234.56</code> in "
        "English).",
        "fr": "Un montant en euros avec au plus deux décimales, tapé avec le séparateur décimal "
        "de votre langue (<code>1234,56</code>).",
        "nl": "Een bedrag in euro met hoogstens twee decimalen, getypt met het decimaalteken van "
        "uw taal (<code>1234,56</code>).",
        "de": "Ein Betrag in Euro mit höchstens zwei Dezimalstellen, eingegeben mit dem "
        "Dezimaltrennzeichen Ihrer Sprache (<code>1234,56</code>).",
    },
}
