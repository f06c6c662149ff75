import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlanSectionStyles = makeStyles({
  planTitle: { marginTop: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  identity: {
    display: 'grid',
    gridTemplateColumns: 'minmax(96px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: 0, marginBottom: tokens.spacingVerticalXS },
  table: { tableLayout: 'auto', width: '100%' },
  idCell: { whiteSpace: 'nowrap', width: '1%' },
  minimumCell: { textAlign: 'end', whiteSpace: 'nowrap', width: '1%', fontWeight: tokens.fontWeightSemibold },
  minimumHeader: { textAlign: 'end', whiteSpace: 'nowrap', width: '1%' },
  channel: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', paddingLeft: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  itemId: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  unitList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
