/**
 * The certificate's design: A4 landscape, in PDF points (1/72 inch), y measured down from the
 * top. Text sizes are the largest a line is set at; long names and titles shrink to fit.
 */
const CM = 72 / 2.54;
const WIDTH = 841.89;
const HEIGHT = 595.28;

export const CERTIFICATE_LAYOUT = {
  page: { width: WIDTH, height: HEIGHT },
  colors: { ink: '#1f2933', muted: '#52606d', navy: '#1b365d', gold: '#a8863f' },
  /** The thin double border: a heavier outer rule, a hairline inside it. */
  border: { outer: { inset: 24, width: 1.6 }, inner: { inset: 30, width: 0.6 }, cornerDiamond: 4 },
  centreX: WIDTH / 2,
  /** The widest a centred line may be. */
  textWidth: 600,
  issuer: { baseline: 84, size: 14 },
  /** A short gold rule with a diamond at its middle, between the issuer and the title. */
  ornament: { y: 103, halfWidth: 70, diamond: 3.5 },
  title: { baseline: 152, size: 38 },
  /** The holder, the course and the details, centred as a block between the title and the foot. */
  body: { top: 178, bottom: 412 },
  awardedTo: { size: 14 },
  holder: { size: 34, minSize: 20 },
  holderRule: { halfWidth: 190, gap: 10 },
  forCompleting: { size: 14 },
  course: { size: 23, minSize: 15 },
  details: { size: 11.5, gap: 22, separator: 2.4 },
  /** A name or title wrapped onto two lines is set at most this share of its full size. */
  wrappedScale: 0.85,
  /** Lines are spaced for Lao: tone marks stack above the vowels, some vowels sit below the line. */
  leading: 1.5,
  ascent: 1.08,
  foot: {
    left: 84,
    issuedOn: { baseline: 496, size: 11 },
    code: { baseline: 514, size: 11 },
    signature: { x: WIDTH / 2, ruleY: 498, halfWidth: 95, captionBaseline: 514, size: 11 },
    qr: { right: WIDTH - 84, top: 414, size: 3.5 * CM },
    verifyAt: { gap: 13, size: 7 },
    verifyUrl: { gap: 9, size: 7 },
  },
} as const;
