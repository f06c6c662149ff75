import type { ReactElement } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Link } from '@fluentui/react-components';
import type { Issue, IssueLocation } from '../../../core/issues';
import type { MessageKey } from '../../../core/i18n/messages';
import { usePane } from '../../PaneContext';
import { groupIssues } from '../../state/checkJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { useCheckSectionStyles } from './CheckSection.styles';

/** Issues shown per rule group; the rest are counted (a workbook can have thousands of one kind). */
const SHOWN_PER_GROUP = 50;

const RULES = new Set(['amount', 'date', 'duplicate', 'encoding', 'link', 'name', 'required', 'stamp', 'standing', 'table', 'title']);

export function ruleLabelKey(rule: string): MessageKey {
  return RULES.has(rule) ? (`pane.check.rule.${rule}` as MessageKey) : 'pane.check.rule.other';
}

/**
 * The issues grouped by sheet (an accordion, sheets with errors open) and by rule with counts; each
 * issue is a button that selects its cell in Excel.
 */
export function CheckIssueList({ issues, onGoTo }: { readonly issues: readonly Issue[]; readonly onGoTo: (where: IssueLocation) => void }): ReactElement {
  const { text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useCheckSectionStyles();
  const groups = groupIssues(issues);
  const open = groups.filter((g) => g.errors > 0).map((g) => g.sheet);
  return (
    <>
      <h3 id="heading-check-issues" className={headings.h3}>
        {text('pane.check.listLabel')}
      </h3>
      <Accordion multiple collapsible defaultOpenItems={open.length > 0 ? open : groups.slice(0, 1).map((g) => g.sheet)} data-testid="check-issues">
        {groups.map((group) => (
          <AccordionItem key={group.sheet} value={group.sheet} data-testid="check-sheet">
            <AccordionHeader as="h4">
              <span lang="vi">{text('pane.check.sheetCount', { sheet: group.sheet, errors: group.errors, warnings: group.warnings })}</span>
            </AccordionHeader>
            <AccordionPanel>
              {group.rules.map((rule) => {
                const id = `check-${group.sheet}-${rule.rule}`.replace(/\s+/g, '-');
                return (
                  <div key={rule.rule} className={styles.rule} data-testid="check-rule">
                    <h5 id={id} className={styles.ruleHeading}>
                      {text('pane.check.ruleCount', { rule: text(ruleLabelKey(rule.rule)), count: rule.issues.length })}
                    </h5>
                    <ul className={styles.list} aria-labelledby={id}>
                      {rule.issues.slice(0, SHOWN_PER_GROUP).map((found, index) => (
                        <li key={`${found.where.cell ?? ''}-${found.code}-${index}`} className={styles.item}>
                          <Badge appearance="tint" color={found.severity === 'error' ? 'danger' : 'warning'} size="small">
                            {text(found.severity === 'error' ? 'pane.check.error' : 'pane.check.warning')}
                          </Badge>
                          <span>
                            {found.where.cell !== undefined ? (
                              <Link
                                as="button"
                                inline
                                onClick={() => onGoTo(found.where)}
                                aria-label={text('pane.check.goTo', { sheet: found.where.sheet, cell: found.where.cell })}
                              >
                                {found.where.cell}
                              </Link>
                            ) : (
                              <em>{text('pane.check.noCell')}</em>
                            )}
                            <span className={styles.message}>{text(found.code, found.params)}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                    {rule.issues.length > SHOWN_PER_GROUP && (
                      <p className={styles.more}>{text('pane.check.moreInGroup', { count: rule.issues.length - SHOWN_PER_GROUP })}</p>
                    )}
                  </div>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
