/**
 * Article files as people have them, built in the test (never copied from evaluation data): a
 * saved web page with navigation, a cookie banner, a sidebar and a footer; a generated PDF; a
 * Windows-1252 text; a UTF-16 text; random bytes; a PNG.
 */
import { randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Boilerplate that must never be indexed from {@link savedWebPage}. */
export const BOILERPLATE = [
  'Subscribe to our newsletter',
  'Accept cookies',
  'Sign in to your account',
  'Trending now',
];

/** A saved news page: the article sits among the chrome real sites wrap around it. */
export function savedWebPage(options: {
  title: string;
  paragraphs: readonly string[];
  charset?: string;
}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="${options.charset ?? 'utf-8'}">
  <title>${options.title} | The Daily Example</title>
  <script>window.analytics = { track() {} }; document.write('Trending now');</script>
  <style>.cookie { position: fixed; }</style>
</head>
<body>
  <header class="site-header">
    <a href="/">The Daily Example</a>
    <nav class="menu"><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/login">Sign in to your account</a></li></ul></nav>
  </header>
  <div id="gdpr-consent" class="cookie banner">We use cookies to improve your experience. <button>Accept cookies</button></div>
  <main>
    <article>
      <h1>${options.title}</h1>
      <p class="byline">By A. Reporter</p>
${options.paragraphs.map((paragraph) => `      <p>${paragraph}</p>`).join('\n')}
    </article>
    <aside class="sidebar"><h3>Trending now</h3><ul><li><a href="/a">Celebrity spotted at airport</a></li><li><a href="/b">Ten recipes for summer</a></li></ul></aside>
  </main>
  <footer class="site-footer"><p>Subscribe to our newsletter for the best stories every morning.</p><p>© 2024 The Daily Example. All rights reserved.</p></footer>
</body>
</html>
`;
}

/** A PDF with an Info title and text over two pages, one word hyphenated across a line break. */
export async function generatedPdf(options: {
  title: string;
  pages: ReadonlyArray<readonly string[]>;
}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(options.title);
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const lines of options.pages) {
    const page = document.addPage([612, 792]);
    lines.forEach((line, index) => page.drawText(line, { x: 50, y: 740 - index * 16, size: 11, font }));
  }
  return document.save();
}

/** The smallest valid PNG: a 1×1 transparent pixel. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Bytes that are no text in any encoding, deterministic per seed length. */
export function randomBinary(length = 4096): Buffer {
  return randomBytes(length);
}

/** Text in UTF-16 little-endian with its byte-order mark, as Windows Notepad saves "Unicode". */
export function utf16WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
