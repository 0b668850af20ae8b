import { PackageInvalid } from '@lms/server-courses';
import { MAX_MANIFEST_BYTES, parseScormManifest } from './parse-manifest';

const SCORM_12_ROOT = `<manifest identifier="com.example.course" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`;
const METADATA_12 = '<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>';

/** A SCORM 1.2 manifest around the given organisations and resources. */
function manifest(organizations: string, resources: string, rootAttributes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
${SCORM_12_ROOT}${rootAttributes}>
  ${METADATA_12}
  ${organizations}
  <resources>
    ${resources}
  </resources>
</manifest>`;
}

/** One organisation with one item launching one resource. */
function single(options: { href?: string; item?: string; itemChildren?: string; resource?: string } = {}): string {
  return manifest(
    `<organizations default="ORG"><organization identifier="ORG"><title>Course</title>
      <item identifier="ITEM" identifierref="RES"${options.item ?? ''}><title>Lesson</title>${options.itemChildren ?? ''}</item>
    </organization></organizations>`,
    `<resource identifier="RES" type="webcontent" adlcp:scormtype="sco" href="${options.href ?? 'index.html'}"${options.resource ?? ''}/>`,
  );
}

const files = (...names: string[]) => new Set(names);

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageInvalid) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('expected PackageInvalid');
}

describe('parseScormManifest', () => {
  it('reads a typical single-SCO package', () => {
    const xml = manifest(
      `<organizations default="ORG-1">
        <organization identifier="ORG-1">
          <title>  Digital   safety basics </title>
          <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
            <title>Passwords</title>
            <adlcp:masteryscore>80</adlcp:masteryscore>
          </item>
        </organization>
      </organizations>`,
      `<resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
        <file href="sco/index.html"/>
        <file href="sco/quiz.js"/>
      </resource>`,
    );
    const sco = { identifier: 'ITEM-1', title: 'Passwords', scormType: 'sco', href: 'sco/index.html', parameters: '', masteryScore: 80 };
    expect(parseScormManifest(xml, files('imsmanifest.xml', 'sco/index.html', 'sco/quiz.js'))).toEqual({
      identifier: 'com.example.course',
      title: 'Digital safety basics',
      scos: [sco],
      launch: sco,
    });
  });

  it('takes the default organisation and lists its launchable items depth first, in document order', () => {
    const xml = manifest(
      `<organizations default="ORG-B">
        <organization identifier="ORG-A"><title>Other</title>
          <item identifier="A1" identifierref="R1"><title>Not this one</title></item>
        </organization>
        <organization identifier="ORG-B"><title>Chosen</title>
          <item identifier="MODULE-1"><title>Module 1</title>
            <item identifier="B1" identifierref="R1"><title>First</title></item>
            <item identifier="SUB"><title>Sub-module</title>
              <item identifier="B2" identifierref="R2"><title>Second</title></item>
            </item>
            <item identifier="B3" identifierref="R3"><title>Third</title></item>
          </item>
          <item identifier="B4" identifierref="R1"><title>Fourth</title></item>
          <item identifier="EMPTY" identifierref="NO-HREF"><title>Not launchable</title></item>
        </organization>
      </organizations>`,
      `<resource identifier="R1" type="webcontent" adlcp:scormtype="asset" href="intro.html"/>
      <resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="two/index.html"/>
      <resource identifier="R3" type="webcontent" adlcp:scormType="SCO" href="three/index.html"/>
      <resource identifier="NO-HREF" type="webcontent" adlcp:scormtype="asset"><file href="shared.js"/></resource>`,
    );
    const result = parseScormManifest(xml, files('intro.html', 'two/index.html', 'three/index.html', 'shared.js'));
    expect(result.title).toBe('Chosen');
    expect(result.scos.map((s) => [s.identifier, s.title, s.scormType, s.href])).toEqual([
      ['B1', 'First', 'asset', 'intro.html'],
      ['B2', 'Second', 'sco', 'two/index.html'],
      ['B3', 'Third', 'sco', 'three/index.html'],
      ['B4', 'Fourth', 'asset', 'intro.html'],
    ]);
    expect(result.launch.identifier).toBe('B2');
  });

  it('takes the first organisation when there is no default, or the default names none', () => {
    for (const defaultAttribute of ['', ' default="MISSING"']) {
      const xml = manifest(
        `<organizations${defaultAttribute}>
          <organization identifier="ORG-A"><title>First</title><item identifier="A" identifierref="R"><title>A</title></item></organization>
          <organization identifier="ORG-B"><title>Second</title><item identifier="B" identifierref="R"><title>B</title></item></organization>
        </organizations>`,
        '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/>',
      );
      expect(parseScormManifest(xml, files('index.html')).scos.map((s) => s.identifier)).toEqual(['A']);
    }
  });

  it('applies xml:base of the manifest, the resources and the resource', () => {
    const xml = manifest(
      `<organizations><organization identifier="O"><title>T</title><item identifier="I" identifierref="R"><title>I</title></item></organization></organizations>`,
      '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" xml:base="unit-1/" href="start.html"/>',
      ' xml:base="content/"',
    ).replace('<resources>', '<resources xml:base="course">');
    expect(parseScormManifest(xml, files('content/course/unit-1/start.html')).launch.href).toBe('content/course/unit-1/start.html');
  });

  it('removes "./" segments and resolves ".." that stays inside the package', () => {
    expect(parseScormManifest(single({ href: './sco/./pages/../index.html' }), files('sco/index.html')).launch.href).toBe('sco/index.html');
  });

  it('moves the href’s query into the launch parameters', () => {
    const sco = parseScormManifest(single({ href: 'index.html?lang=en&amp;page=1' }), files('index.html')).launch;
    expect(sco).toMatchObject({ href: 'index.html', parameters: '?lang=en&page=1' });
  });

  it('joins the item’s parameters to the href’s query and fragment the way ADL describes', () => {
    const launch = (href: string, parameters: string) => parseScormManifest(single({ href, item: ` parameters="${parameters}"` }), files('index.html')).launch.parameters;
    expect(launch('index.html', '?mode=review')).toBe('?mode=review');
    expect(launch('index.html', 'mode=review')).toBe('?mode=review');
    expect(launch('index.html?lang=en', '&amp;mode=review')).toBe('?lang=en&mode=review');
    expect(launch('index.html?lang=en', '?mode=review')).toBe('?lang=en&mode=review');
    expect(launch('index.html', '#chapter-2')).toBe('#chapter-2');
    expect(launch('index.html#intro', '#chapter-2')).toBe('#intro');
    expect(launch('index.html?lang=en', '?a=1#top')).toBe('?lang=en&a=1#top');
    expect(launch('index.html?', '')).toBe('');
  });

  it('percent-decodes the file name', () => {
    const sco = parseScormManifest(single({ href: 'my%20page.html?x=a%20b' }), files('my page.html')).launch;
    expect(sco).toMatchObject({ href: 'my page.html', parameters: '?x=a%20b' });
    expect(parseScormManifest(single({ href: 'caf%C3%A9/l%C3%A6s.html' }), files('café/læs.html')).launch.href).toBe('café/læs.html');
  });

  it('reads the mastery score whatever the adlcp prefix is called', () => {
    const score = (children: string, rootAttributes = '') =>
      parseScormManifest(single({ itemChildren: children }).replace(SCORM_12_ROOT, `${SCORM_12_ROOT}${rootAttributes}`), files('index.html')).launch.masteryScore;
    expect(score('<adlcp:masteryscore>75.5</adlcp:masteryscore>')).toBe(75.5);
    expect(score(' <adlcp:masteryscore> 0 </adlcp:masteryscore>')).toBe(0);
    expect(score('<adlcp:masteryscore>100</adlcp:masteryscore>')).toBe(100);
    expect(score('<cp:masteryscore>60</cp:masteryscore>', ' xmlns:cp="http://www.adlnet.org/xsd/adlcp_rootv1p2"')).toBe(60);
    expect(score('<adlcp:masteryscore/>')).toBeNull();
    expect(score('')).toBeNull();
  });

  it('launches the first asset of a package without SCOs', () => {
    const xml = manifest(
      `<organizations default="O"><organization identifier="O"><title>Reading</title>
        <item identifier="I1" identifierref="R1"><title>Page one</title></item>
        <item identifier="I2" identifierref="R2"><title>Page two</title></item>
      </organization></organizations>`,
      `<resource identifier="R1" type="webcontent" adlcp:scormtype="asset" href="one.html"/>
      <resource identifier="R2" type="webcontent" adlcp:scormtype="asset" href="two.pdf"/>`,
    );
    const result = parseScormManifest(xml, files('one.html', 'two.pdf'));
    expect(result.scos.map((s) => s.scormType)).toEqual(['asset', 'asset']);
    expect(result.launch).toEqual(result.scos[0]);
  });

  it('takes a resource without adlcp:scormtype for a SCO, as most players do', () => {
    const xml = single().replace(' adlcp:scormtype="sco"', '');
    expect(parseScormManifest(xml, files('index.html')).launch.scormType).toBe('sco');
  });

  it('falls back to the first item’s title, then the identifier, for the course title', () => {
    const noOrgTitle = single().replace('<title>Course</title>', '');
    expect(parseScormManifest(noOrgTitle, files('index.html')).title).toBe('Lesson');
    const noTitles = noOrgTitle.replace('<title>Lesson</title>', '');
    const result = parseScormManifest(noTitles, files('index.html'));
    expect(result.title).toBe('com.example.course');
    expect(result.launch.title).toBe('ITEM');
  });

  it('decodes the predefined entities, character references and CDATA in titles', () => {
    const xml = single().replace('<title>Course</title>', '<title>Safe &amp; sound &#8211; &#x2713;</title>').replace('<title>Lesson</title>', '<title><![CDATA[Tom & Jerry <3]]></title>');
    const result = parseScormManifest(xml, files('index.html'));
    expect(result.title).toBe('Safe & sound – ✓');
    expect(result.launch.title).toBe('Tom & Jerry <3');
  });

  it('accepts a SCORM 1.2 manifest without a schemaversion, and a byte order mark', () => {
    const xml = `\uFEFF${single().replace(METADATA_12, '')}`;
    expect(parseScormManifest(xml, files('index.html')).launch.href).toBe('index.html');
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('\n  ');
    const xml = single()
      .replace('<?xml version="1.0" encoding="UTF-8"?>', `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest [\n  ${lol}\n]>`)
      .replace('<title>Course</title>', '<title>&lol9;</title>')
      .replace('<title>Lesson</title>', '<title>&lol;</title>');
    const started = Date.now();
    const result = parseScormManifest(xml, files('index.html'));
    expect(result.title).toBe('&lol9;');
    expect(result.launch.title).toBe('&lol;');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  describe('refuses', () => {
    it('XML that is not well-formed, naming the line', () => {
      try {
        parseScormManifest('<?xml version="1.0"?>\n<manifest identifier="x">\n  <organizations>\n</manifest>', files());
        throw new Error('expected PackageInvalid');
      } catch (error) {
        expect(error).toBeInstanceOf(PackageInvalid);
        const [problem] = (error as PackageInvalid).problems;
        expect(problem).toMatchObject({ file: 'imsmanifest.xml', line: 4 });
        expect(problem.message).toMatch(/^is not well-formed XML: .*organizations/);
      }
      expect(problems(() => parseScormManifest('', files()))[0]).toMatch(/^is not well-formed XML/);
      expect(problems(() => parseScormManifest('not xml at all', files()))[0]).toMatch(/^is not well-formed XML/);
      expect(problems(() => parseScormManifest('<manifest identifier="a"/><manifest identifier="b"/>', files()))[0]).toMatch(/^is not well-formed XML/);
    });

    it('a document whose root is not <manifest>', () => {
      expect(problems(() => parseScormManifest('<?xml version="1.0"?><course><title>x</title></course>', files()))).toEqual([
        'has <course> as its root element; a SCORM manifest starts with <manifest>',
      ]);
    });

    it('a manifest over 2 MB', () => {
      const xml = single().replace('<title>Course</title>', `<title>Course</title><!-- ${'x'.repeat(MAX_MANIFEST_BYTES)} -->`);
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual(['is larger than 2 MB']);
    });

    describe('SCORM 2004', () => {
      const SCORM_2004 = 'is a SCORM 2004 package; Lane plays SCORM 1.2 (export the package as SCORM 1.2)';
      const resources = `<resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="index.html"><file href="index.html"/></resource>
  </resources>`;

      it('in a 3rd edition manifest with sequencing', () => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.2004" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 3rd Edition</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>Course</title>
      <item identifier="ITEM-1" identifierref="RES-1"><title>Lesson</title></item>
      <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  ${resources}
</manifest>`;
        expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([SCORM_2004]);
      });

      it('by its schemaversion alone', () => {
        for (const version of ['2004 4th Edition', 'CAM 1.3', '1.3']) {
          const xml = single().replace('<schemaversion>1.2</schemaversion>', `<schemaversion>${version}</schemaversion>`);
          expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([SCORM_2004]);
        }
      });

      it('by its adlcp namespace alone', () => {
        const xml = single()
          .replace(METADATA_12, '')
          .replace('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"', 'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
        expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([SCORM_2004]);
      });

      it('by sequencing elements, whether or not their namespace is declared at the root', () => {
        const declaredOnElement = single({ itemChildren: '<sequencing xmlns="http://www.imsglobal.org/xsd/imsss"><deliveryControls tracked="true"/></sequencing>' });
        const undeclared = single({ itemChildren: '<adlseq:objectives><adlseq:objective objectiveID="o1"/></adlseq:objectives>' });
        expect(problems(() => parseScormManifest(declaredOnElement, files('index.html')))).toEqual([SCORM_2004]);
        expect(problems(() => parseScormManifest(undeclared, files('index.html')))).toEqual([SCORM_2004]);
      });
    });

    it('a manifest without organisations, or whose organisation launches nothing', () => {
      const none = manifest('<organizations/>', '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/>');
      expect(problems(() => parseScormManifest(none, files('index.html')))).toEqual(['has no <organization> with an item that launches a resource']);
      const missing = manifest('', '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/>');
      expect(problems(() => parseScormManifest(missing, files('index.html')))).toEqual(['has no <organization> with an item that launches a resource']);
      const folderOnly = manifest(
        `<organizations><organization identifier="O"><title>T</title>
          <item identifier="FOLDER"><title>Folder</title><item identifier="I" identifierref="R"><title>I</title></item></item>
        </organization></organizations>`,
        '<resource identifier="R" type="webcontent" adlcp:scormtype="asset"><file href="a.js"/></resource>',
      );
      expect(problems(() => parseScormManifest(folderOnly, files('a.js')))).toEqual(['organisation "O" has no item that launches a resource']);
    });

    it('an item whose identifierref names no resource', () => {
      const xml = single().replace('identifierref="RES"', 'identifierref="RES-TYPO"');
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([
        'item "ITEM" refers to resource "RES-TYPO", which the manifest does not define',
        'organisation "ORG" has no item that launches a resource',
      ]);
    });

    it.each([
      ['http://evil.example/x.html', 'is absolute; a launch file must be a relative path inside the package'],
      ['https://cdn.example/course/index.html', 'is absolute; a launch file must be a relative path inside the package'],
      ['//evil.example/x.html', 'is absolute; a launch file must be a relative path inside the package'],
      ['javascript:alert(1)', 'is absolute; a launch file must be a relative path inside the package'],
      ['/index.html', 'is absolute; a launch file must be a relative path inside the package'],
      ['../index.html', 'leads out of the package'],
      ['sco/../../index.html', 'leads out of the package'],
      ['%2e%2e/index.html', 'leads out of the package'],
      ['sco\\index.html', 'contains a backslash; paths in a package use forward slashes'],
      ['sco%2Findex.html', 'encodes a slash, backslash or NUL in a file name'],
      ['100%.html', 'has a broken percent-encoding'],
      ['sco/missing.html', 'is not in the package'],
      ['', 'is not in the package'],
    ])('the launch href %j', (href, problem) => {
      const xml = single({ href: href.replace(/&/g, '&amp;') }).replace(' href=""', ' href="./"');
      const shown = href === '' ? './' : href;
      expect(problems(() => parseScormManifest(xml, files('index.html', 'sco/index.html')))).toEqual([`item "ITEM" launches "${shown}", which ${problem}`]);
    });

    it('an absolute xml:base', () => {
      const xml = single({ resource: ' xml:base="http://cdn.example/course/"' });
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([
        'item "ITEM" launches "http://cdn.example/course/index.html", which is absolute; a launch file must be a relative path inside the package',
      ]);
    });

    it.each(['eighty', '120', '-5', '100.5', '8 0'])('the mastery score %j', (value) => {
      const xml = single({ itemChildren: `<adlcp:masteryscore>${value}</adlcp:masteryscore>` });
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([`item "ITEM" has adlcp:masteryscore "${value}"; it must be a number from 0 to 100`]);
    });

    it('an unknown adlcp:scormtype', () => {
      const xml = single().replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual(['resource "RES" has adlcp:scormtype "lesson"; it must be "sco" or "asset"']);
    });

    it('a manifest without an identifier, and items without one or with the same one', () => {
      const xml = manifest(
        `<organizations><organization identifier="O"><title>T</title>
          <item identifier="SAME" identifierref="R"><title>A</title></item>
          <item identifier="SAME" identifierref="R"><title>B</title></item>
          <item identifierref="R"><title>C</title></item>
        </organization></organizations>`,
        '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/>',
      ).replace('identifier="com.example.course" ', '');
      expect(problems(() => parseScormManifest(xml, files('index.html')))).toEqual([
        'has no identifier on <manifest>',
        'item identifier "SAME" is used twice',
        'has an <item> without an identifier',
      ]);
    });

    it('with every problem at once, each naming the manifest and its line', () => {
      const xml = manifest(
        `<organizations><organization identifier="O"><title>T</title>
          <item identifier="A" identifierref="RA"><title>A</title></item>
          <item identifier="B" identifierref="RB"><title>B</title>
            <adlcp:masteryscore>high</adlcp:masteryscore>
          </item>
          <item identifier="C" identifierref="NOPE"><title>C</title></item>
        </organization></organizations>`,
        `<resource identifier="RA" type="webcontent" adlcp:scormtype="sco" href="../a.html"/>
    <resource identifier="RB" type="webcontent" adlcp:scormtype="sco" href="b.html"/>`,
      );
      try {
        parseScormManifest(xml, files('b.html'));
        throw new Error('expected PackageInvalid');
      } catch (error) {
        expect((error as PackageInvalid).problems).toEqual([
          { file: 'imsmanifest.xml', line: 16, message: 'item "A" launches "../a.html", which leads out of the package' },
          { file: 'imsmanifest.xml', line: 10, message: 'item "B" has adlcp:masteryscore "high"; it must be a number from 0 to 100' },
          { file: 'imsmanifest.xml', line: 13, message: 'item "C" refers to resource "NOPE", which the manifest does not define' },
        ]);
      }
    });
  });
});
