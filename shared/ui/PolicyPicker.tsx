import { Dropdown, Field, Option } from "@fluentui/react-components";
import { listPolicies } from "../policies";
import { t } from "../i18n";

/** Chooses the active SPASER preset; every check and default of the apps follows it. */
export function PolicyPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const policies = listPolicies();
  const selected = policies.find((p) => p.id === value);
  return (
    <Field label={t("policy.active")} orientation="horizontal" size="small">
      <Dropdown
        size="small"
        value={selected?.shortLabel ?? value}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue)}
      >
        {policies.map((policy) => (
          <Option key={policy.id} value={policy.id} text={policy.shortLabel}>
            {policy.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
