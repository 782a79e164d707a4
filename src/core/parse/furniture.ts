import { isDateLine } from './dates';
import { joinParagraphs, paragraphsOf } from './paragraphs';

/**
 * Page furniture: whole lines that a saved page carries but that are not the article (ads,
 * player prompts, promos, photo credits). Matched against an entire paragraph, never inside
 * one, so prose that merely mentions an advertisement stays. Curated from real saved pages;
 * furniture specific to one site is caught at corpus level by removeRepeatedLines.
 */
const FURNITURE: RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|skip advertisement|story continues below( this)? advertisement)$/i,
  /^(play|watch|replay)( the)? video$/i,
  /^(video|audio|media) (is )?(loading|unavailable|not supported)\b.*$/i,
  /^please use (the )?chrome browser for a more accessible video player$/i,
  /^this (video|content) (is not available|can ?not be played)\b.*$/i,
  /^listen to (our|the) latest podcast\b.*$/i,
  /^(listen|watch) again\b.{0,120}$/i,
  /^(subscribe|sign up|register) (to|for) (our|the)\b.{0,80}(newsletter|podcast|channel|briefing|alerts?)\b.{0,40}$/i,
  /^why you can trust \p{Lu}.{0,30}$/iu,
  /^(continue reading( the main story)?|read more|read the full (story|article)|skip to (main )?content|back to top)\.?$/i,
  /^(related|read more|more on this story|more from [\p{Lu}][^:]{0,40}|see also|recommended)( articles?| stories| content| coverage)?\s*:.*$/iu,
  /^[Mm]ore on \p{Lu}[\p{L}'’ -]{0,40}$/u,
  // Author boxes and embeds: "diana magnay headshot", "@DiMagnaySky", "— max seddon (@maxseddon) February 10, 2022".
  /^[\p{L} .'’-]{2,40} (headshot|head shot|profile (picture|photo)|avatar)$/iu,
  /^@\w{1,30}$/,
  /^[—–]\s*[^()]{1,60}\(@\w{1,30}\)\s*.{0,40}\d{4}$/,
  /^(share|share this( article| story| page)?|share on (facebook|twitter|x|whatsapp|linkedin|email)|copy link|click to share\b.*|(tweet|email|print)( this)?)$/i,
  /^follow (us|[\p{Lu}][\p{L} ]{0,30}) on (twitter|facebook|instagram|x|tiktok|youtube)\b.{0,40}$/iu,
  /^(embed|embedded content|image|photo|video|gallery)\s*:?$/i,
  /^(loading|loading\.\.\.|loading…|comments|view comments|\d+ comments?)$/i,
  // Photo credits standing alone: "PIC:AP", "Photograph: Name/AFP/Getty Images", "(AP Photo/Name)".
  /^(pic|photo(graph)?|picture|image|credit|illustration)s?( credit)?\s*[:/]\s*\S.{0,80}$/i,
  /^\(?(ap|afp|epa|pa|reuters|getty images?|shutterstock|alamy|tass|ria novosti|sputnik|efe|anadolu)( photo| images| media| wire| agency)?(\s*[/|-]\s*[^.!?]{0,60})?\)?$/i,
  /^(image|photo)\s+(source|caption|copyright)\b.{0,120}$/i,
  /^(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).{0,120}$/i,
  // Sky-style caption lines: "Image: Foreign Secretary Liz Truss was involved in…".
  /^image:\s.+$/i,
];

export function isFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p === '') return true;
  return FURNITURE.some((re) => re.test(p)) || isDateLine(p);
}

/** Clean text without its furniture paragraphs. */
export function removeFurniture(text: string): string {
  return joinParagraphs(paragraphsOf(text).filter((p) => !isFurniture(p)));
}
