// Word and Excel add-in-only XML manifests (TaskPaneApp + VersionOverrides 1.0). Requirement sets match
// the code: Word's core flow runs on WordApi 1.3 (Office 2019/2021, PLATFORM-NOTES); Excel needs
// ExcelApi 1.8 plus the shared runtime so the pane and the custom functions share one JS context.
import { PATHS, PROVIDER, TEXTS, type ManifestSettings } from "./config";
import { el, renderXml, type XmlElement } from "./xml";

const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** Domains the task pane may navigate to: only Entra ID's sign-in page (MSAL popup/redirect). */
export const APP_DOMAINS = ["https://login.microsoftonline.com"];

/** Delegated scopes declared for SSO/NAA; keep in sync with shared/auth/scopes.ts. */
export const MANIFEST_SCOPES = ["User.Read", "Sites.Selected"];

type Host = "word" | "excel";

export function officeManifestXml(host: Host, settings: ManifestSettings): string {
  return renderXml(officeManifest(host, settings));
}

function officeManifest(host: Host, s: ManifestSettings): XmlElement {
  const texts = TEXTS[host];
  const url = (path: string) => `${s.baseUrl}${path}`;
  const taskpane = host === "word" ? PATHS.wordTaskpane : PATHS.excelTaskpane;
  const hostName = host === "word" ? "Document" : "Workbook";
  const sets =
    host === "word"
      ? [el("Set", { Name: "WordApi", MinVersion: "1.3" })]
      : [
          el("Set", { Name: "ExcelApi", MinVersion: "1.8" }),
          el("Set", { Name: "SharedRuntime", MinVersion: "1.1" }),
          el("Set", { Name: "CustomFunctionsRuntime", MinVersion: "1.1" }),
        ];
  const icon = (size: 16 | 32 | 80) => el("bt:Image", { size: String(size), resid: `Icon.${size}x${size}` });
  const icons = el("Icon", {}, icon(16), icon(32), icon(80));

  const ribbon = el(
    "ExtensionPoint",
    { "xsi:type": "PrimaryCommandSurface" },
    el(
      "OfficeTab",
      { id: "TabHome" },
      el(
        "Group",
        { id: "Spaser.Group" },
        el("Label", { resid: "Group.Label" }),
        icons,
        el(
          "Control",
          { "xsi:type": "Button", id: "Spaser.TaskpaneButton" },
          el("Label", { resid: "Button.Label" }),
          el(
            "Supertip",
            {},
            el("Title", { resid: "Button.Label" }),
            el("Description", { resid: "Button.Tooltip" }),
          ),
          icons,
          el(
            "Action",
            { "xsi:type": "ShowTaskpane" },
            el("TaskpaneId", {}, "Spaser.Taskpane"),
            el("SourceLocation", { resid: "Taskpane.Url" }),
          ),
        ),
      ),
    ),
  );

  const customFunctions =
    host === "excel" &&
    el(
      "AllFormFactors",
      {},
      el(
        "ExtensionPoint",
        { "xsi:type": "CustomFunctions" },
        el("Script", {}, el("SourceLocation", { resid: "Functions.Script.Url" })),
        el("Page", {}, el("SourceLocation", { resid: "Taskpane.Url" })),
        el("Metadata", {}, el("SourceLocation", { resid: "Functions.Metadata.Url" })),
        el("Namespace", { resid: "Functions.Namespace" }),
      ),
    );

  const versionOverrides = el(
    "VersionOverrides",
    { xmlns: NS.ov, "xsi:type": "VersionOverridesV1_0" },
    el(
      "Hosts",
      {},
      el(
        "Host",
        { "xsi:type": hostName },
        host === "excel" && el("Runtimes", {}, el("Runtime", { resid: "Taskpane.Url", lifetime: "long" })),
        customFunctions,
        el(
          "DesktopFormFactor",
          {},
          el(
            "GetStarted",
            {},
            el("Title", { resid: "GetStarted.Title" }),
            el("Description", { resid: "GetStarted.Description" }),
            el("LearnMoreUrl", { resid: "GetStarted.LearnMoreUrl" }),
          ),
          el("FunctionFile", { resid: "Taskpane.Url" }),
          ribbon,
        ),
      ),
    ),
    el(
      "Resources",
      {},
      el(
        "bt:Images",
        {},
        ...([16, 32, 80] as const).map((size) =>
          el("bt:Image", { id: `Icon.${size}x${size}`, DefaultValue: url(PATHS.icon(size)) }),
        ),
      ),
      el(
        "bt:Urls",
        {},
        el("bt:Url", { id: "Taskpane.Url", DefaultValue: url(taskpane) }),
        el("bt:Url", { id: "GetStarted.LearnMoreUrl", DefaultValue: url(PATHS.support) }),
        host === "excel" &&
          el("bt:Url", { id: "Functions.Script.Url", DefaultValue: url(PATHS.excelFunctionsScript) }),
        host === "excel" &&
          el("bt:Url", { id: "Functions.Metadata.Url", DefaultValue: url(PATHS.excelFunctionsMetadata) }),
      ),
      el(
        "bt:ShortStrings",
        {},
        el("bt:String", { id: "Group.Label", DefaultValue: texts.groupLabel }),
        el("bt:String", { id: "Button.Label", DefaultValue: texts.buttonLabel }),
        el("bt:String", { id: "GetStarted.Title", DefaultValue: `${texts.name} est prêt` }),
        host === "excel" &&
          el("bt:String", { id: "Functions.Namespace", DefaultValue: TEXTS.excel.functionsNamespace }),
      ),
      el(
        "bt:LongStrings",
        {},
        el("bt:String", { id: "Button.Tooltip", DefaultValue: texts.buttonTooltip }),
        el("bt:String", {
          id: "GetStarted.Description",
          DefaultValue: `Ouvrez le volet depuis l'onglet Accueil, bouton « ${texts.buttonLabel} ».`,
        }),
      ),
    ),
    s.clientId !== undefined &&
      el(
        "WebApplicationInfo",
        {},
        el("Id", {}, s.clientId),
        el("Resource", {}, `api://${new URL(s.baseUrl).host}/${s.clientId}`),
        el("Scopes", {}, ...MANIFEST_SCOPES.map((scope) => el("Scope", {}, scope))),
      ),
  );

  return el(
    "OfficeApp",
    {
      xmlns: NS.office,
      "xmlns:xsi": NS.xsi,
      "xmlns:bt": NS.bt,
      "xmlns:ov": NS.ov,
      "xsi:type": "TaskPaneApp",
    },
    el("Id", {}, s.ids[host]),
    el("Version", {}, `${s.version}.0`),
    el("ProviderName", {}, PROVIDER),
    el("DefaultLocale", {}, "fr-FR"),
    el("DisplayName", { DefaultValue: `${texts.name}${s.nameSuffix}` }),
    el("Description", { DefaultValue: texts.description }),
    el("IconUrl", { DefaultValue: url(PATHS.icon(32)) }),
    el("HighResolutionIconUrl", { DefaultValue: url(PATHS.icon(64)) }),
    el("SupportUrl", { DefaultValue: url(PATHS.support) }),
    el("AppDomains", {}, ...APP_DOMAINS.map((domain) => el("AppDomain", {}, domain))),
    el("Hosts", {}, el("Host", { Name: hostName })),
    el("Requirements", {}, el("Sets", { DefaultMinVersion: "1.1" }, ...sets)),
    el("DefaultSettings", {}, el("SourceLocation", { DefaultValue: url(taskpane) })),
    el("Permissions", {}, "ReadWriteDocument"),
    versionOverrides,
  );
}
