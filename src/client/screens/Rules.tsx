// The Rules page: docs/rules.md or docs/rules.ja.md, the same files the
// repository shows, rendered with marked. This module (the texts and marked)
// loads only when the page is opened. The texts are our own, so the HTML is
// trusted; raw HTML in them is still escaped below, to keep it that way.
import { Marked } from 'marked';
import { useMemo } from 'react';
import rulesEn from '../../../docs/rules.md?raw';
import rulesJa from '../../../docs/rules.ja.md?raw';
import { useLocale, useT } from '../i18n/I18nProvider';

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const marked = new Marked({
  gfm: true,
  renderer: {
    // No raw HTML from the markdown reaches the page.
    html: ({ text }) => escape(text),
  },
});

export const Rules = () => {
  const t = useT();
  const { locale } = useLocale();
  const html = useMemo(() => marked.parse(locale === 'ja' ? rulesJa : rulesEn, { async: false }), [locale]);
  return (
    <article className="panel rules" aria-label={t('rules.title')}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
};

export default Rules;
