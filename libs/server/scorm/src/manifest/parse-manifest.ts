import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PackageInvalid, type PackageProblem } from '@lms/server-courses';

/** One launchable item of the default organisation. */
export interface ScormSco {
  /** The <item> identifier. */
  identifier: string;
  title: string;
  scormType: 'sco' | 'asset';
  /** The file inside the package, as readZip names it: xml:base applied, percent-decoded, no query. */
  href: string;
  /** The query and/or fragment to launch with, beginning with '?' or '#'; '' when none. */
  parameters: string;
  /** The item's adlcp:masteryscore, 0 to 100. */
  masteryScore: number | null;
}

export interface ScormManifest {
  identifier: string;
  title: string;
  /** Every launchable item of the default organisation, in document order, depth first. */
  scos: ScormSco[];
  /** The first SCO, else the first asset. */
  launch: ScormSco;
}

export const MANIFEST_FILE = 'imsmanifest.xml';
export const MAX_MANIFEST_BYTES = 2 * 1024 * 1024;

const SCORM_2004 = 'is a SCORM 2004 package; Lane plays SCORM 1.2 (export the package as SCORM 1.2)';
/** Namespaces that only SCORM 2004 (CAM 1.3) manifests declare: its adlcp, sequencing and navigation. */
const SCORM_2004_NAMESPACE = /adlcp_v1p3|adlseq_v1p3|adlnav_v1p3|imsglobal\.org\/xsd\/imsss/i;
const SCORM_2004_PREFIX = /^(imsss|adlseq|adlnav):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const XML_ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Attribute names keep their '@_' prefix; every element is an array so that one and many read alike. */
type XmlElement = { [name: string]: XmlElement[] | string | undefined };

/*
 * Entities stay off: a DOCTYPE's entities are never expanded (no billion laughs), and the five
 * predefined ones and character references are decoded here instead.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  alwaysCreateTextNode: true,
  cdataPropName: '#cdata',
  captureMetaData: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Reads a SCORM 1.2 imsmanifest.xml: the default organisation's launchable items, each resolved to
 * a file that `files` (the package's file names) holds. Refuses SCORM 2004 and anything Lane
 * could not launch, naming every problem it finds.
 */
export function parseScormManifest(xml: string, files: ReadonlySet<string>): ScormManifest {
  if (Buffer.byteLength(xml, 'utf8') > MAX_MANIFEST_BYTES) fail(`is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB`);
  const text = xml.replace(/^\uFEFF/, '');
  const root = readRoot(text);
  if (isScorm2004(root)) fail(SCORM_2004);

  const problems: PackageProblem[] = [];
  const problem = (node: XmlElement | undefined, message: string) => problems.push({ file: MANIFEST_FILE, line: node ? lineOf(text, node) : undefined, message });

  const identifier = attr(root, 'identifier');
  if (!identifier) problem(root, 'has no identifier on <manifest>');

  const resourcesElement = children(root, 'resources')[0];
  const resourceBases = [attr(root, 'xml:base'), resourcesElement ? attr(resourcesElement, 'xml:base') : ''];
  const resources = new Map<string, XmlElement>();
  for (const resource of resourcesElement ? children(resourcesElement, 'resource') : []) {
    const id = attr(resource, 'identifier');
    if (id && !resources.has(id)) resources.set(id, resource);
  }

  const organizations = children(root, 'organizations')[0];
  const all = organizations ? children(organizations, 'organization') : [];
  const preferred = organizations ? attr(organizations, 'default') : '';
  const organization = all.find((o) => preferred && attr(o, 'identifier') === preferred) ?? all[0];

  const scos: ScormSco[] = [];
  let firstItemTitle = '';
  let launchable = 0;
  const visit = (item: XmlElement) => {
    const itemId = attr(item, 'identifier');
    const title = textOf(children(item, 'title')[0]);
    firstItemTitle ||= title;
    const ref = attr(item, 'identifierref');
    const resource = ref ? resources.get(ref) : undefined;
    if (!itemId) problem(item, 'has an <item> without an identifier');
    if (ref && !resource) problem(item, `item "${itemId}" refers to resource "${ref}", which the manifest does not define`);
    const href = resource ? attr(resource, 'href') : '';
    if (resource && href) {
      launchable++;
      const scormType = scormTypeOf(resource);
      const launch = resolveLaunch([...resourceBases, attr(resource, 'xml:base')], href, attr(item, 'parameters'), files);
      const masteryScore = masteryScoreOf(item);
      if (!scormType) problem(resource, `resource "${ref}" has adlcp:scormtype "${nsAttr(resource, 'scormtype')}"; it must be "sco" or "asset"`);
      if ('problem' in launch) problem(resource, `item "${itemId}" launches "${launch.target}", which ${launch.problem}`);
      if (masteryScore === undefined) problem(item, `item "${itemId}" has adlcp:masteryscore "${textOf(children(item, 'masteryscore')[0])}"; it must be a number from 0 to 100`);
      if (itemId && scos.some((s) => s.identifier === itemId)) problem(item, `item identifier "${itemId}" is used twice`);
      if (scormType && 'href' in launch && masteryScore !== undefined) {
        scos.push({ identifier: itemId, title: title || itemId, scormType, href: launch.href, parameters: launch.parameters, masteryScore });
      }
    }
    children(item, 'item').forEach(visit);
  };
  if (organization) children(organization, 'item').forEach(visit);
  if (!launchable) problem(organization ?? organizations ?? root, organization ? `organisation "${attr(organization, 'identifier')}" has no item that launches a resource` : 'has no <organization> with an item that launches a resource');

  if (problems.length) throw new PackageInvalid(problems);
  return {
    identifier,
    title: (organization && textOf(children(organization, 'title')[0])) || firstItemTitle || identifier,
    scos,
    launch: scos.find((s) => s.scormType === 'sco') ?? scos[0],
  };
}

function fail(message: string, line?: number): never {
  throw new PackageInvalid([{ file: MANIFEST_FILE, line, message }]);
}

function readRoot(text: string): XmlElement {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) fail(`is not well-formed XML: ${valid.err.msg}`, valid.err.line);
  let document: XmlElement;
  try {
    document = parser.parse(text) as XmlElement;
  } catch (error) {
    fail(`is not well-formed XML: ${(error as Error).message}`);
  }
  const elements = Object.keys(document).filter((k) => !k.startsWith('#'));
  const roots = elements.flatMap((k) => document[k] as XmlElement[]);
  if (roots.length !== 1) fail('is not well-formed XML: it must have exactly one root element');
  if (localName(elements[0]) !== 'manifest') fail(`has <${elements[0]}> as its root element; a SCORM manifest starts with <manifest>`);
  return roots[0];
}

/** SCORM 2004 says so in its schemaversion, or declares its own adlcp or sequencing namespaces. */
function isScorm2004(root: XmlElement): boolean {
  const version = children(root, 'metadata').flatMap((m) => children(m, 'schemaversion')).map(textOf).join(' ');
  if (/2004|1\.3/.test(version)) return true;
  const walk = (node: XmlElement): boolean =>
    Object.entries(node).some(([key, value]) => {
      if (key.startsWith('@_')) return SCORM_2004_PREFIX.test(key.slice(2)) || (/^@_xmlns(:|$)/i.test(key) && SCORM_2004_NAMESPACE.test(String(value)));
      if (key.startsWith('#')) return false;
      return SCORM_2004_PREFIX.test(key) || (value as XmlElement[]).some(walk);
    });
  return walk(root);
}

type Launch = { href: string; parameters: string } | { target: string; problem: string };

/**
 * Applies the xml:base values, then splits off the query and fragment and merges the item's
 * parameters into them the way ADL's launch guidance does: '#…' only when there is no fragment
 * yet, '?…' and '&…' joined to the query.
 */
function resolveLaunch(bases: string[], href: string, itemParameters: string, files: ReadonlySet<string>): Launch {
  const parts = [...bases.filter(Boolean).map((b) => (b.endsWith('/') ? b : `${b}/`)), href];
  const target = parts.join('');
  if (parts.some((p) => p.includes('\\'))) return { target, problem: 'contains a backslash; paths in a package use forward slashes' };
  if (parts.some((p) => SCHEME.test(p) || p.startsWith('/'))) return { target, problem: 'is absolute; a launch file must be a relative path inside the package' };

  const [beforeFragment, fragment = null] = splitOnce(target, '#');
  const [path, query = ''] = splitOnce(beforeFragment, '?');
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { target, problem: 'has a broken percent-encoding' };
    }
    if (/[/\\\0]/.test(segment)) return { target, problem: 'encodes a slash, backslash or NUL in a file name' };
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (!segments.pop()) return { target, problem: 'leads out of the package' };
  }
  const file = segments.join('/');
  if (!file || !files.has(file)) return { target, problem: 'is not in the package' };

  let queryOut = query;
  let fragmentOut = fragment;
  const parameters = itemParameters.trim();
  if (parameters) {
    const [extraQuery, extraFragment = null] = splitOnce(parameters, '#');
    const extra = extraQuery.replace(/^[?&]+/, '');
    if (extra) queryOut = queryOut ? `${queryOut}&${extra}` : extra;
    if (extraFragment !== null && !fragmentOut) fragmentOut = extraFragment;
  }
  return { href: file, parameters: `${queryOut ? `?${queryOut}` : ''}${fragmentOut ? `#${fragmentOut}` : ''}` };
}

function splitOnce(value: string, separator: string): [string, string?] {
  const at = value.indexOf(separator);
  return at < 0 ? [value] : [value.slice(0, at), value.slice(at + 1)];
}

/** SCORM 1.2 requires adlcp:scormtype; like most players, a resource without one is taken for a SCO. */
function scormTypeOf(resource: XmlElement): ScormSco['scormType'] | null {
  const value = (nsAttr(resource, 'scormtype') || 'sco').toLowerCase();
  return value === 'sco' || value === 'asset' ? value : null;
}

/** null when absent or empty, undefined when it is not a score. */
function masteryScoreOf(item: XmlElement): number | null | undefined {
  const element = children(item, 'masteryscore')[0];
  const value = element ? textOf(element) : '';
  if (!value) return null;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(value)) return undefined;
  const score = Number(value);
  return score <= 100 ? score : undefined;
}

/** Element names compare without their namespace prefix, whatever a tool chose to call it. */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

function children(node: XmlElement, name: string): XmlElement[] {
  return Object.keys(node)
    .filter((k) => !k.startsWith('@_') && !k.startsWith('#') && localName(k) === name)
    .flatMap((k) => node[k] as XmlElement[]);
}

/** An unprefixed attribute (or xml:base), matched case-insensitively. */
function attr(node: XmlElement, name: string): string {
  const key = Object.keys(node).find((k) => k.startsWith('@_') && k.slice(2).toLowerCase() === name);
  return key ? decodeXml(String(node[key])).trim() : '';
}

/** A namespaced attribute such as adlcp:scormType, whatever its prefix and case. */
function nsAttr(node: XmlElement, name: string): string {
  const key = Object.keys(node).find((k) => k.startsWith('@_') && k.includes(':') && !/^@_xmlns:/i.test(k) && localName(k) === name);
  return key ? decodeXml(String(node[key])).trim() : '';
}

function textOf(node: XmlElement | undefined): string {
  if (!node) return '';
  const cdata = ((node['#cdata'] as XmlElement[] | undefined) ?? []).map((c) => String(c['#text'] ?? '')).join('');
  return (decodeXml(String(node['#text'] ?? '')) + cdata).replace(/\s+/g, ' ').trim();
}

function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (!ref.startsWith('#')) return XML_ENTITIES.get(ref) ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function lineOf(text: string, node: XmlElement): number | undefined {
  const start = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex;
  return start === undefined ? undefined : text.slice(0, start).split('\n').length;
}
