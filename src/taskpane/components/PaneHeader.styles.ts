import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  language: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  languageLabel: { color: tokens.colorNeutralForegroundOnBrand, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: '120px' },
});
