import { makeStyles, tokens } from "@fluentui/react-components";
import type { DocRun, RenderedClause } from "../../../shared/dce";
import { BULLET } from "../../../shared/dce";

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: "Calibri, Carlito, sans-serif",
  },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: "0 0 8px" },
  paragraph: { margin: "0 0 8px", textAlign: "justify" },
  list: { margin: "0 0 8px", paddingLeft: "20px" },
  value: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  missing: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

function Runs({ runs }: { runs: readonly DocRun[] }) {
  const styles = useStyles();
  return (
    <>
      {runs.map((run, index) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.placeholder)
          node = <span className={run.missing ? styles.missing : styles.value}>{node}</span>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

/** The clause as it will read in the document: headings, paragraphs, lists, emphasis, filled values. */
export function ClausePreview({ rendered }: { rendered: RenderedClause }) {
  const styles = useStyles();
  const parts: React.ReactNode[] = [];
  let list: { ordered: boolean; items: React.ReactNode[] } | undefined;
  const closeList = () => {
    if (!list) return;
    const key = `list-${parts.length}`;
    parts.push(
      list.ordered ? (
        <ol key={key} className={styles.list}>
          {list.items}
        </ol>
      ) : (
        <ul key={key} className={styles.list}>
          {list.items}
        </ul>
      ),
    );
    list = undefined;
  };
  rendered.blocks.forEach((block, index) => {
    if (block.kind === "list-item") {
      const ordered = block.marker !== BULLET;
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [] };
      list.items.push(
        <li key={index}>
          <Runs runs={block.runs} />
        </li>,
      );
      return;
    }
    closeList();
    parts.push(
      block.kind === "heading" ? (
        <h3 key={index} className={styles.heading}>
          <Runs runs={block.runs} />
        </h3>
      ) : (
        <p key={index} className={styles.paragraph}>
          <Runs runs={block.runs} />
        </p>
      ),
    );
  });
  closeList();
  return (
    <div className={styles.root} data-testid="clause-preview" lang="fr">
      {parts}
    </div>
  );
}
