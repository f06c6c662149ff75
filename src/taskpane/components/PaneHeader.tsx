import { useId, type ReactElement } from 'react';
import { Label, Select } from '@fluentui/react-components';
import type { Language } from '../../core/i18n/messages';
import { usePane } from '../PaneContext';
import { usePaneHeaderStyles } from './PaneHeader.styles';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

export function PaneHeader(): ReactElement {
  const { state, dispatch, text } = usePane();
  const styles = usePaneHeaderStyles();
  const selectId = useId();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{text('pane.title')}</h1>
        <span className={styles.subtitle}>{text('pane.subtitle')}</span>
      </div>
      <div className={styles.language}>
        <Label htmlFor={selectId} className={styles.languageLabel}>
          {text('pane.language.label')}
        </Label>
        <Select
          id={selectId}
          size="small"
          className={styles.select}
          value={state.language}
          onChange={(_event, data) => dispatch({ type: 'setLanguage', language: data.value === 'en' ? 'en' : 'vi' })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {text(language === 'vi' ? 'pane.language.vi' : 'pane.language.en')}
            </option>
          ))}
        </Select>
      </div>
    </header>
  );
}
