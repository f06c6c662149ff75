import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionNavStyles = makeStyles({
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Five tabs do not fit in one row of a 320 px pane: let them wrap rather than scroll out of sight.
  tabList: { flexWrap: 'wrap' },
});
