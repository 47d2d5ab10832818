#!/usr/bin/env python3
"""Fill translations/*.ts from glossaries after lupdate.

  fill_ts.py sohoa_vi.ts glossary/*.tsv   # Vietnamese from "English<TAB>Vietnamese" lines
  fill_ts.py --identity sohoa_en.ts        # English: the source text is the translation

A glossary line is `source<TAB>translation` (a leading context column is allowed:
`context<TAB>source<TAB>translation`). `\\n` and `\\t` are escapes. Messages
with a translation become finished; messages without one stay unfinished and
are listed on stderr, so a missing translation is visible.
"""
import sys
import xml.etree.ElementTree as ET


def load_glossaries(paths):
    table = {}
    for p in paths:
        with open(p, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) == 3:
                    parts = parts[1:]
                if len(parts) != 2:
                    sys.exit('%s:%d: expected source<TAB>translation' % (p, n))
                src, tr = (x.replace('\\n', '\n').replace('\\t', '\t') for x in parts)
                table[src] = tr
    return table


def main(argv):
    identity = '--identity' in argv
    args = [a for a in argv if a != '--identity']
    ts, glossaries = args[0], args[1:]
    table = {} if identity else load_glossaries(glossaries)
    tree = ET.parse(ts)
    missing = 0
    for msg in tree.getroot().iter('message'):
        src = msg.findtext('source') or ''
        tr = msg.find('translation')
        if tr is None:
            tr = ET.SubElement(msg, 'translation')
        if msg.get('numerus') == 'yes':
            forms = tr.findall('numerusform') or [ET.SubElement(tr, 'numerusform')]
            value = src if identity else table.get(src)
            if value is None:
                missing += 1
                continue
            for f in forms:
                f.text = value
            tr.attrib.pop('type', None)
            continue
        value = src if identity else table.get(src)
        if value is None:
            if not (tr.text or '').strip():
                tr.set('type', 'unfinished')
                missing += 1
                print('untranslated: %r' % src, file=sys.stderr)
            continue
        tr.text = value
        tr.attrib.pop('type', None)
    tree.write(ts, encoding='utf-8', xml_declaration=True)
    print('%s: %d messages without a translation' % (ts, missing), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
