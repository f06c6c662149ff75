import { makeStyles, tokens } from '@fluentui/react-components';

export const useHostStatusBarStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM },
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0 },
  line: { margin: 0 },
});
