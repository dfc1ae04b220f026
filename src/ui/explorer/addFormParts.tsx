/** Pieces shared by the explorer's "Add" forms: labelled fields, the account picker and the submit step. */
import { useState, type CSSProperties, type FormEvent, type ReactNode } from 'react';
import { listDocuments } from '../../model/documents';
import type { EditProblem } from '../../model/editScenario';
import type { Scenario } from '../../model/scenario';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useScenarioAccounts } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

export const DEFAULT_REGION = 'us-east-1';

const fieldStyle: CSSProperties = { display: 'flex', flexDirection: 'column', fontSize: 12, marginBottom: 6 };

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label style={fieldStyle}>
      {label}
      {children}
    </label>
  );
}

/** A text input bound to a value, with its test id `add-field:NAME`. */
export function TextField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  list?: string;
}) {
  return (
    <Field label={props.label}>
      <input
        data-testid={testIds.addField(props.name)}
        value={props.value}
        placeholder={props.placeholder}
        list={props.list}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <Field label={props.label}>
      <select
        data-testid={testIds.addField(props.name)}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The account an entity is added to: every add form starts with it. */
export function AccountField(props: {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const t = useT();
  return <SelectField name="account" label={t('add.account')} {...props} />;
}

/** The scenario's accounts as select options, with the account chosen so far (or the first one). */
export function useAccounts(chosen: string): {
  account: string;
  options: { value: string; label: string }[];
} {
  const accounts = useScenarioAccounts();
  const options = accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.id})` }));
  const account = accounts.some((a) => a.id === chosen) ? chosen : (accounts[0]?.id ?? '');
  return { account, options };
}

export interface AfterAdd {
  /** The graph node to select (groups, units and org policies are not nodes). */
  select?: string;
  /** A document to open in the editor. */
  open?: string;
  /** The edit deleted documents: close their editor tabs. */
  closeGone?: boolean;
}

/**
 * Applies an add as one undoable step (`changeScenario`) and selects what was added. Reads the
 * latest scenario when it runs, so a form never writes back a stale one.
 */
export function useApplyEdit() {
  const store = useAppStoreApi();
  return (edit: (s: Scenario) => Scenario, after: AfterAdd) => {
    const state = store.getState();
    const next = edit(state.scenario);
    state.changeScenario(next);
    if (after.select) state.select({ kind: 'node', id: after.select });
    if (after.open) state.openDocument(after.open);
    if (after.closeGone) {
      const remaining = new Set(listDocuments(next).map((d) => d.id));
      for (const id of state.openDocuments) if (!remaining.has(id)) store.getState().closeDocument(id);
    }
  };
}

/**
 * A form with its submit button and inline problem message. The problem shows once the user has
 * tried to add, then follows their typing until the add succeeds.
 */
export function AddForm(props: {
  problem: EditProblem | null;
  onAdd: () => void;
  blocked?: string | undefined;
  /** The submit button's text: "Add" unless given. */
  submitLabel?: string;
  children: ReactNode;
}) {
  const t = useT();
  const [tried, setTried] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.blocked) return;
    if (props.problem) {
      setTried(true);
      return;
    }
    props.onAdd();
    setTried(false);
  };
  return (
    <form onSubmit={submit} noValidate>
      {props.children}
      {props.blocked && <p className="muted small">{props.blocked}</p>}
      {tried && props.problem && (
        <p className="verdict verdict--broken small" role="alert" data-testid={testIds.addProblem}>
          {t(`add.problem.${props.problem}`)}
        </p>
      )}
      <button type="submit" data-testid={testIds.addSubmit} disabled={Boolean(props.blocked)}>
        {props.submitLabel ?? t('add.submit')}
      </button>
    </form>
  );
}
