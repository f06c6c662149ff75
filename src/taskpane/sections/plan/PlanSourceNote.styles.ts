import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlanSourceNoteStyles = makeStyles({
  note: { marginTop: 0, marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bar: { marginBottom: tokens.spacingVerticalM },
  issues: { margin: 0, marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});
