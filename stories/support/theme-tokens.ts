/** The themes of the Storybook toolbar. */
export type StoryTheme = 'light' | 'dark';

/**
 * `--dossier-*` values per theme, set on the story's wrapper the way a host sets them on any
 * ancestor of the elements. Light repeats the elements' defaults so the toolbar shows the real thing.
 */
const themeTokens: Readonly<Record<StoryTheme, Readonly<Record<`--dossier-${string}`, string>>>> = {
  light: {
    '--dossier-surface': '#ffffff',
    '--dossier-text': '#1c2230',
    '--dossier-muted': '#5b6475',
    '--dossier-border': '#d5d9e2',
    '--dossier-accent': '#1d4ed8',
    '--dossier-accent-text': '#ffffff',
    '--dossier-danger': '#b42318',
    '--dossier-success': '#067647',
    '--dossier-warning': '#a15c07',
  },
  dark: {
    '--dossier-surface': '#161b26',
    '--dossier-text': '#e6e9f0',
    '--dossier-muted': '#a3acbd',
    '--dossier-border': '#3a4356',
    '--dossier-accent': '#7aa2ff',
    '--dossier-accent-text': '#0b1020',
    '--dossier-danger': '#ff8a80',
    '--dossier-success': '#6ee7a8',
    '--dossier-warning': '#f5c26b',
  },
};

/** The inline style of a story wrapper in `theme`: the tokens, plus the page colours they imply. */
export function themeStyle(theme: StoryTheme): string {
  const tokens = themeTokens[theme];
  const declarations = Object.entries(tokens).map(([name, value]) => `${name}: ${value}`);
  declarations.push(`background: ${tokens['--dossier-surface']}`, `color: ${tokens['--dossier-text']}`, `color-scheme: ${theme}`);
  return declarations.join('; ');
}

/** `value` as a theme; anything unknown is light. */
export function toStoryTheme(value: unknown): StoryTheme {
  return value === 'dark' ? 'dark' : 'light';
}
