import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './host';

/** Teams' three themes, as Fluent UI v9 ships them. */
export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
