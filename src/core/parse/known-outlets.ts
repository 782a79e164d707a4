/**
 * Outlets readers will recognise, with the domains they publish on and the names their own
 * articles use for them. Domains match themselves and their subdomains
 * (thecaucus.blogs.nytimes.com is The New York Times). `selfNames` are the forms used when
 * spotting an outlet in its own text; ambiguous short forms ("AP", "The Times") are left out.
 */
export interface KnownOutlet {
  name: string;
  domains: string[];
  selfNames: string[];
}

export const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'The New York Times', domains: ['nytimes.com', 'nyti.ms'], selfNames: ['The New York Times', 'the New York Times'] },
  { name: 'Fox News', domains: ['foxnews.com'], selfNames: ['Fox News', 'Fox News Digital'] },
  { name: 'HuffPost', domains: ['huffingtonpost.com', 'huffpost.com', 'huffingtonpost.co.uk', 'huffingtonpost.ca'], selfNames: ['HuffPost', 'The Huffington Post', 'Huffington Post'] },
  { name: 'The Moscow Times', domains: ['themoscowtimes.com'], selfNames: ['The Moscow Times'] },
  { name: 'BBC News', domains: ['bbc.co.uk', 'bbc.com', 'bbc.in'], selfNames: ['BBC News', 'the BBC', 'BBC'] },
  { name: 'The Guardian', domains: ['theguardian.com', 'guardian.co.uk'], selfNames: ['The Guardian', 'the Guardian'] },
  { name: 'ITV News', domains: ['itv.com'], selfNames: ['ITV News'] },
  { name: 'Sky News', domains: ['news.sky.com', 'skynews.com'], selfNames: ['Sky News'] },
  { name: 'Reuters', domains: ['reuters.com', 'reut.rs'], selfNames: ['Reuters'] },
  { name: 'AP News', domains: ['apnews.com', 'ap.org'], selfNames: ['The Associated Press', 'the Associated Press', 'Associated Press'] },
  { name: 'AFP', domains: ['afp.com'], selfNames: ['Agence France-Presse', 'AFP'] },
  { name: 'The Washington Post', domains: ['washingtonpost.com'], selfNames: ['The Washington Post', 'the Washington Post'] },
  { name: 'The Wall Street Journal', domains: ['wsj.com'], selfNames: ['The Wall Street Journal', 'the Wall Street Journal'] },
  { name: 'CNN', domains: ['cnn.com'], selfNames: ['CNN'] },
  { name: 'NBC News', domains: ['nbcnews.com'], selfNames: ['NBC News'] },
  { name: 'CBS News', domains: ['cbsnews.com'], selfNames: ['CBS News'] },
  { name: 'ABC News', domains: ['abcnews.go.com', 'abc.net.au'], selfNames: ['ABC News'] },
  { name: 'NPR', domains: ['npr.org'], selfNames: ['NPR'] },
  { name: 'Politico', domains: ['politico.com', 'politico.eu'], selfNames: ['Politico', 'POLITICO'] },
  { name: 'Bloomberg', domains: ['bloomberg.com'], selfNames: ['Bloomberg News'] },
  { name: 'Financial Times', domains: ['ft.com'], selfNames: ['the Financial Times', 'The Financial Times'] },
  { name: 'The Economist', domains: ['economist.com'], selfNames: ['The Economist'] },
  { name: 'The Independent', domains: ['independent.co.uk'], selfNames: [] },
  { name: 'The Telegraph', domains: ['telegraph.co.uk'], selfNames: ['The Telegraph', 'The Daily Telegraph'] },
  { name: 'Daily Mail', domains: ['dailymail.co.uk'], selfNames: ['MailOnline', 'the Daily Mail'] },
  { name: 'The Times', domains: ['thetimes.co.uk', 'thetimes.com'], selfNames: [] },
  { name: 'Channel 4 News', domains: ['channel4.com'], selfNames: ['Channel 4 News'] },
  { name: 'Al Jazeera', domains: ['aljazeera.com', 'aljazeera.net'], selfNames: ['Al Jazeera'] },
  { name: 'DW', domains: ['dw.com'], selfNames: ['Deutsche Welle'] },
  { name: 'France 24', domains: ['france24.com'], selfNames: [] },
  { name: 'Euronews', domains: ['euronews.com'], selfNames: ['Euronews'] },
  { name: 'The Kyiv Independent', domains: ['kyivindependent.com'], selfNames: ['The Kyiv Independent'] },
  { name: 'Kyiv Post', domains: ['kyivpost.com'], selfNames: ['Kyiv Post', 'the Kyiv Post'] },
  { name: 'Meduza', domains: ['meduza.io'], selfNames: ['Meduza'] },
  { name: 'RFE/RL', domains: ['rferl.org'], selfNames: ['RFE/RL', 'Radio Free Europe/Radio Liberty'] },
  { name: 'TASS', domains: ['tass.com', 'tass.ru'], selfNames: ['TASS'] },
  { name: 'RT', domains: ['rt.com'], selfNames: [] },
  { name: 'Kommersant', domains: ['kommersant.ru'], selfNames: [] },
  { name: 'Breitbart', domains: ['breitbart.com'], selfNames: ['Breitbart News'] },
  { name: 'USA Today', domains: ['usatoday.com'], selfNames: ['USA TODAY', 'USA Today'] },
  { name: 'Los Angeles Times', domains: ['latimes.com'], selfNames: ['the Los Angeles Times', 'The Los Angeles Times'] },
  { name: 'New York Post', domains: ['nypost.com'], selfNames: [] },
  { name: 'The Hill', domains: ['thehill.com'], selfNames: ['The Hill'] },
  { name: 'Axios', domains: ['axios.com'], selfNames: ['Axios'] },
  { name: 'Yahoo News', domains: ['news.yahoo.com'], selfNames: ['Yahoo News'] },
  { name: 'Le Monde', domains: ['lemonde.fr'], selfNames: ['Le Monde'] },
  { name: 'Der Spiegel', domains: ['spiegel.de'], selfNames: ['Der Spiegel', 'DER SPIEGEL'] },
];
