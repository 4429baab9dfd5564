#!/usr/bin/env python3
"""Builds Guichet's help pages (resources/help/<lang>/*.html) from resources/help/src.

    python3 resources/help/tools/generate.py           # writes the pages
    python3 resources/help/tools/generate.py --check   # exit 1 when a page is not up to date

The pages are committed: the build only embeds them, it never runs this script.

Sources:
  src/site.py              languages, the shared layout's words, the topic pages' titles
  src/pages/<lang>/<page>.html
                           the body of each topic page (after its h1), written per language
  src/common.py            explanations shared by several forms' fields (national number...)
  src/forms/<form_id>.py   one per bundled form: its introduction and, section by section, one
                           explanation per field, keyed by the field's JSON Pointer
The forms' own texts (forms/<id>/<version>/i18n/<lang>.json and forms/catalogue.json) give
every field's label, choices and examples, so the help names things as the form does.
"""

import argparse
import html
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # the sources are data: no __pycache__ beside them

HERE = os.path.dirname(os.path.abspath(__file__))
HELP_DIR = os.path.dirname(HERE)
SRC_DIR = os.path.join(HELP_DIR, "src")
REPO_DIR = os.path.dirname(os.path.dirname(HELP_DIR))
FORMS_DIR = os.path.join(REPO_DIR, "forms")


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


site = load_module(os.path.join(SRC_DIR, "site.py"), "help_site")
common = load_module(os.path.join(SRC_DIR, "common.py"), "help_common")
LANGS = site.LANGS


class SourceError(Exception):
    pass


def anchor_for_pointer(pointer):
    """The same rule as HelpIndex::anchorForPointer (app/ui/help/helpindex.cpp)."""
    parts = []
    for segment in pointer.split("/")[1:]:
        segment = segment.replace("~1", "/").replace("~0", "~")
        if not segment or segment == "*" or segment.isdigit():
            continue
        parts.append(re.sub(r"[^A-Za-z0-9_]", "_", segment))
    return "f-" + "-".join(parts) if parts else ""


def i18n_key_for_pointer(pointer):
    return ".".join(s for s in pointer.split("/")[1:] if s and s != "*")


def esc(text):
    return html.escape(text, quote=True)


def catalogue():
    with open(os.path.join(FORMS_DIR, "catalogue.json"), encoding="utf-8") as f:
        return json.load(f)["forms"]


def form_texts(form_id, version, lang):
    path = os.path.join(FORMS_DIR, form_id, str(version), "i18n", lang + ".json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def text_for(value, lang, where):
    """value: a {lang: text} dict, or a common.CONCEPTS key given as "@name"."""
    if isinstance(value, str) and value.startswith("@"):
        name = value[1:]
        if name not in common.CONCEPTS:
            raise SourceError(f"{where}: unknown shared text {value}")
        value = common.CONCEPTS[name]
    if not isinstance(value, dict) or lang not in value or not value[lang].strip():
        raise SourceError(f"{where}: no text in {lang}")
    return value[lang].strip()


# ---------------------------------------------------------------------------------------------
# Layout


def nav_contents(lang, current, forms):
    words = site.WORDS[lang]
    out = [f'<nav class="contents" aria-label="{esc(words["contents"])}">', "<ul>"]

    def item(page, title):
        if page == current:
            return f'<li><a href="{page}.html" aria-current="page">{esc(title)}</a></li>'
        return f'<li><a href="{page}.html">{esc(title)}</a></li>'

    out.append(f'<li class="group">{esc(words["guide"])}</li>')
    for page, titles in site.TOPICS:
        out.append(item(page, titles[lang]))
    out.append(f'<li class="group">{esc(words["forms"])}</li>')
    for form in forms:
        out.append(item("form-" + form["id"], form["title"][lang]))
    out += ["</ul>", "</nav>"]
    return "\n".join(out)


def typography(lang, text):
    """French keeps numbers, percentages and amounts on one line: 73 447,52 €."""
    if lang != "fr":
        return text
    text = re.sub(r"(\d) (\d{3})(?!\d)", "\\1\u00a0\\2", text)
    return re.sub(r"(\d) ([€%])", "\\1\u00a0\\2", text)


def page_html(lang, page, title, body, forms):
    body = typography(lang, body)
    words = site.WORDS[lang]
    languages = []
    for other in LANGS:
        name = site.LANGUAGE_NAMES[other]
        if other == lang:
            languages.append(f'<li><span lang="{other}" aria-current="true">{esc(name)}</span></li>')
        else:
            languages.append(
                f'<li><a href="../{other}/{page}.html" hreflang="{other}" lang="{other}">'
                f"{esc(name)}</a></li>"
            )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(words["site"])}</title>
<link rel="stylesheet" href="../help.css">
</head>
<body>
<a class="skip" href="#content">{esc(words["skip"])}</a>
<header class="site">
<p class="site-name"><a href="index.html">{esc(words["site"])}</a></p>
<nav class="languages" aria-label="{esc(words["languages"])}">
<ul>
{chr(10).join(languages)}
</ul>
</nav>
</header>
<div class="layout">
{nav_contents(lang, page, forms)}
<main id="content">
<h1>{esc(title)}</h1>
{body.strip()}
</main>
</div>
<footer class="site">
<p>{words["footer"]}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Topic pages


def topic_body(lang, page):
    path = os.path.join(SRC_DIR, "pages", lang, page + ".html")
    if not os.path.isfile(path):
        raise SourceError(f"missing {os.path.relpath(path, HELP_DIR)}")
    with open(path, encoding="utf-8") as f:
        return f.read()


def forms_list(lang, forms):
    """The list of forms for the index page: {{forms}} in a page source."""
    items = []
    for form in forms:
        desc = form_texts(form["id"], max(form["versions"]), lang).get("form.description", "")
        items.append(
            f'<li><a href="form-{form["id"]}.html">{esc(form["title"][lang])}</a>'
            + (f" – {esc(desc)}" if desc else "")
            + "</li>"
        )
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


# ---------------------------------------------------------------------------------------------
# Form pages


def form_body(lang, form, spec):
    form_id = form["id"]
    version = max(form["versions"])
    texts = form_texts(form_id, version, lang)
    words = site.WORDS[lang]
    where = f"src/forms/{form_id}.py"

    def label(key, field_where):
        if key not in texts:
            raise SourceError(f"{field_where}: forms/{form_id}/{version}/i18n/{lang}.json has no {key}")
        return texts[key]

    out = [f'<p class="lead">{text_for(spec.INTRO, lang, where + " INTRO")}</p>']

    audiences = [a for a in form.get("audiences", []) if a in site.AUDIENCE_PAGES]
    if audiences:
        links = ", ".join(
            f'<a href="{site.AUDIENCE_PAGES[a]}.html">{esc(site.AUDIENCE_NAMES[a][lang])}</a>'
            for a in audiences
        )
        out.append(f'<p>{esc(words["where"])} {links}.</p>')
    if hasattr(spec, "NOTES"):
        for note in spec.NOTES:
            out.append(f'<div class="note"><p>{text_for(note, lang, where + " NOTES")}</p></div>')

    toc = [f'<nav class="on-this-page" aria-label="{esc(words["on_this_page"])}">',
           f'<h2>{esc(words["on_this_page"])}</h2>', "<ul>"]
    sections = []
    seen = set()
    for section in spec.SECTIONS:
        sid = "s-" + section["id"]
        if "title_key" in section:
            title = label(section["title_key"], f"{where} section {section['id']}")
        else:
            title = text_for(section["title"], lang, f"{where} section {section['id']}")
        toc.append(f'<li><a href="#{sid}">{esc(title)}</a></li>')
        part = [f'<section id="{sid}">', f"<h2>{esc(title)}</h2>"]
        if "intro" in section:
            part.append(f'<p>{text_for(section["intro"], lang, f"{where} section {sid}")}</p>')
        for field in section["fields"]:
            pointer = field["pointer"]
            fw = f"{where} {pointer}"
            anchor = anchor_for_pointer(pointer)
            if not anchor:
                raise SourceError(f"{fw}: no anchor")
            if anchor in seen:
                raise SourceError(f"{fw}: anchor {anchor} twice")
            seen.add(anchor)
            key = field.get("key", i18n_key_for_pointer(pointer))
            part.append(f'<section class="field" id="{anchor}">')
            part.append(f"<h3>{esc(label(field.get('label', key + '.title'), fw))}</h3>")
            part.append(f'<p class="pointer">{esc(words["pointer"])} <code>{esc(pointer)}</code></p>')
            for paragraph in field["text"] if isinstance(field["text"], list) else [field["text"]]:
                part.append(f"<p>{text_for(paragraph, lang, fw)}</p>")
            facts = []
            choices = field.get("choices")
            if choices:
                items = "".join(
                    f"<li>{esc(label(key + '.enum.' + value, fw))}</li>" for value in choices
                )
                facts.append(f'<dt>{esc(words["choices"])}</dt><dd><ul>{items}</ul></dd>')
            if key + ".examples" in texts and not field.get("no_example"):
                facts.append(
                    f'<dt>{esc(words["example"])}</dt><dd><code>{esc(texts[key + ".examples"])}</code></dd>'
                )
            if facts:
                part.append("<dl>" + "".join(facts) + "</dl>")
            part.append("</section>")
        part.append("</section>")
        sections.append("\n".join(part))
    toc += ["</ul>", "</nav>"]
    out.append("\n".join(toc))
    out += sections
    return "\n".join(out)


def form_spec(form_id):
    path = os.path.join(SRC_DIR, "forms", form_id + ".py")
    if not os.path.isfile(path):
        raise SourceError(f"missing src/forms/{form_id}.py")
    return load_module(path, "help_form_" + re.sub(r"\W", "_", form_id))


# ---------------------------------------------------------------------------------------------


def build():
    forms = catalogue()
    pages = {}
    for lang in LANGS:
        for page, titles in site.TOPICS:
            body = topic_body(lang, page).replace("{{forms}}", forms_list(lang, forms))
            pages[f"{lang}/{page}.html"] = page_html(lang, page, titles[lang], body, forms)
        for form in forms:
            spec = form_spec(form["id"])
            page = "form-" + form["id"]
            pages[f"{lang}/{page}.html"] = page_html(
                lang, page, form["title"][lang], form_body(lang, form, spec), forms
            )
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the files")
    args = parser.parse_args()
    try:
        pages = build()
    except SourceError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 2

    stale = []
    for rel, content in sorted(pages.items()):
        path = os.path.join(HELP_DIR, rel)
        current = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                current = f.read()
        if current != content:
            stale.append(rel)
            if not args.check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
    # Pages nobody generates any more.
    for lang in LANGS:
        folder = os.path.join(HELP_DIR, lang)
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            rel = f"{lang}/{name}"
            if name.endswith(".html") and rel not in pages:
                stale.append(rel)
                if not args.check:
                    os.remove(os.path.join(folder, name))
    if args.check:
        for rel in stale:
            print(f"not up to date: resources/help/{rel}", file=sys.stderr)
        return 1 if stale else 0
    print(f"{len(pages)} pages, {len(stale)} written or removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
