import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneLayoutStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    // At 320 px (Excel's narrowest pane) nothing may widen the page: long unit and file names and
    // long messages break anywhere, and a native select, as wide as its longest option, is held to the pane.
    minWidth: 0,
    overflowWrap: 'anywhere',
    '& .fui-Select, & select, & .fui-Field, & .fui-MessageBar': { maxWidth: '100%', minWidth: 0 },
    '& select': { textOverflow: 'ellipsis' },
    // Fluent's Button stops at 280 px and clips its label there; at 320 px a long label ("Lập báo cáo vào sổ đang mở") needs the pane's width.
    '& .fui-Button': { maxWidth: '100%' },
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  panel: {
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  footer: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});
