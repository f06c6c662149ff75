import type { ReactElement } from 'react';
import { Button, Field, ProgressBar, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { useCreateTracker } from '../../hooks/useCreateTracker';
import { useAdoptTracker } from '../../hooks/useAdoptTracker';
import { AdoptPanel } from './AdoptPanel';
import { sectionLabelKey } from '../../components/SectionNav';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { unitsByLevel } from '../plan/planView';
import { TrackerOutcome } from './TrackerOutcome';
import { useTrackerSectionStyles } from './TrackerSection.styles';
import { NeedsExcel } from '../../components/Notices';

/** Sổ theo dõi: lay out a unit's (or the plan-wide) tracker and write it into the open workbook. */
export function TrackerSection(): ReactElement {
  const { state, dispatch, plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useTrackerSectionStyles();
  const create = useCreateTracker();
  const adopt = useAdoptTracker();
  const { trackerChoice: choice, trackerJob: job } = state;
  const working = job.status === 'working';
  // One primary button per step: while an office's tracker is offered or being reviewed, adopting it is the step.
  const adopting = state.adopt.status !== 'idle' && state.adopt.status !== 'stamped' && state.adopt.status !== 'nothing' && state.adopt.status !== 'scanning';
  return (
    <section aria-labelledby="heading-so-theo-doi">
      <h2 id="heading-so-theo-doi" className={headings.h2}>
        {text(sectionLabelKey('so-theo-doi'))}
      </h2>
      <p className={styles.purpose}>{text('pane.section.so-theo-doi.purpose')}</p>
      {create === null ? (
        <NeedsExcel />
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (!working && choice.unitCode !== '') create();
          }}
        >
          <Field label={text('pane.tracker.unit')} required>
            <Select value={choice.unitCode} onChange={(_event, data) => dispatch({ type: 'trackerChoiceChanged', choice: { unitCode: data.value } })}>
              <option value="" disabled>
                —
              </option>
              {unitsByLevel(plan).map((group) => (
                <optgroup key={group.level} label={group.name}>
                  {group.units.map((unit) => (
                    <option key={unit.code} value={unit.code} lang="vi">
                      {unit.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
          <Field label={text('pane.tracker.kind')}>
            <RadioGroup
              value={choice.kind}
              onChange={(_event, data) => dispatch({ type: 'trackerChoiceChanged', choice: { kind: data.value === 'district' ? 'district' : 'unit' } })}
            >
              <Radio value="unit" label={text('pane.tracker.kind.unit')} />
              <Radio value="district" label={text('pane.tracker.kind.district')} />
            </RadioGroup>
          </Field>
          <p className={styles.note}>{text('pane.tracker.keeps')}</p>
          <div className={styles.actions}>
            <Button type="submit" appearance={adopting ? 'secondary' : 'primary'} icon={<DocumentTableRegular />} disabled={working || choice.unitCode === ''}>
              {text('pane.tracker.create')}
            </Button>
            {working && (
              <Field validationMessage={text('pane.tracker.working', { done: job.done, total: job.total })} validationState="none">
                <ProgressBar value={job.total > 0 ? job.done / job.total : undefined} max={1} />
              </Field>
            )}
          </div>
        </form>
      )}
      <div className={styles.outcome} aria-live="polite">
        <TrackerOutcome />
      </div>
      {adopt !== null && <AdoptPanel actions={adopt} />}
    </section>
  );
}
