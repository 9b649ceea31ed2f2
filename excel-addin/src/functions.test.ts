import { afterEach, describe, expect, it, vi } from "vitest";
import { functionsMetadata } from "../../scripts/custom-functions";
import { controle, controleValue, notePrix, notePrixValue, registerCustomFunctions } from "./functions";

afterEach(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

class FakeCfError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const installRuntime = () => {
  const associate = vi.fn();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate,
    Error: FakeCfError,
    ErrorCode: { invalidValue: "#VALUE!" },
  };
  return associate;
};

describe("=SPASER.NOTEPRIX", () => {
  it.each([
    [1000, 800, 40, undefined, 32],
    [800, 800, 40, "proportionnelle", 40],
    [1000, 800, 40, "linéaire", 30],
    [2000, 800, 40, "lineaire", 0],
    ["1 000,00 €", "800", 10, "proportionnelle", 8],
  ])(
    "marks a price of %s against a lowest price of %s out of %s (%s) as %s",
    (price, min, max, method, mark) => {
      expect(notePrixValue(price, min, max, method)).toBeCloseTo(mark, 9);
    },
  );

  it("takes the lowest positive price of a range of the lot's prices", () => {
    expect(notePrix(1000, [[1200], [""], [800], [0]], 40)).toBeCloseTo(32, 9);
  });

  it("answers #VALUE! with a French message for a zero price", () => {
    installRuntime();
    let error: unknown;
    try {
      notePrix(0, [[800]], 40);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FakeCfError);
    expect((error as FakeCfError).code).toBe("#VALUE!");
    expect((error as FakeCfError).message).toBe(
      "SPASER.NOTEPRIX : le prix « 0 » n'est pas un montant strictement positif.",
    );
  });

  it("refuses an unknown method and a price below the lowest price", () => {
    expect(() => notePrixValue(1000, 800, 40, "quadratique")).toThrow(
      "SPASER.NOTEPRIX : méthode « quadratique » inconnue ; écrivez « proportionnelle » ou « linéaire ».",
    );
    expect(() => notePrixValue(700, 800, 40)).toThrow(/inférieur au prix minimal \(800\)/);
  });
});

describe("=SPASER.CONTROLE", () => {
  it("accepts weights that add up to 100 % with an environmental criterion of 15 % under Ille-et-Vilaine", () => {
    const range = [
      ["prix", 40],
      ["valeur technique", "45 %"],
      ["environnemental", 0.15],
    ];
    expect(controle(range, "ille-et-vilaine")).toBe(
      "Conforme : pondérations 100\u00A0%, critère environnemental 15\u00A0%.",
    );
  });

  it("blocks an environmental criterion of 12 % under Ille-et-Vilaine, citing its SPASER", () => {
    const result = controleValue(
      [
        ["prix", 40],
        ["valeur technique", 48],
        ["environnemental", 12],
      ],
      "ille-et-vilaine",
    );
    expect(result).toMatch(/^1 anomalie\(s\) : Le critère environnemental pèse 12\u00A0% de la note finale/);
    expect(result).toContain("au moins 15\u00A0%");
  });

  it("says the weights do not add up to 100 % with one column of weights", () => {
    expect(controleValue([[40], [45], [10]])).toMatch(/totalisent 95\s% au lieu de 100\s%/);
  });

  it("reports a weight typed as text", () => {
    expect(
      controleValue(
        [
          ["prix", 40],
          ["valeur technique", "quarante"],
          ["environnemental", 20],
        ],
        "national",
      ),
    ).toMatch(/« quarante » n'est pas un nombre lisible/);
  });

  it("answers #VALUE! for an unknown preset, listing the known ones", () => {
    installRuntime();
    expect(() => controle([[100]], "paris")).toThrow(/préréglage « paris » inconnu ; connus : national/);
  });
});

describe("registration and metadata", () => {
  it("associates NOTEPRIX and CONTROLE in Excel's shared runtime and does nothing in a plain browser", () => {
    expect(registerCustomFunctions()).toBe(false);
    const associate = installRuntime();
    expect(registerCustomFunctions()).toBe(true);
    expect(associate.mock.calls.map(([id]) => id)).toEqual(["NOTEPRIX", "CONTROLE"]);
  });

  it("generates functions.json from the JSDoc, with optional method, policy and family", async () => {
    const metadata = JSON.parse(await functionsMetadata()) as {
      functions: {
        id: string;
        parameters: { name: string; optional?: boolean; dimensionality?: string }[];
      }[];
    };
    expect(metadata.functions.map((f) => f.id)).toEqual(["NOTEPRIX", "CONTROLE"]);
    const [noteprix, controleFn] = metadata.functions;
    expect(noteprix?.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["prix", false],
      ["prix_min", false],
      ["note_max", false],
      ["méthode", true],
    ]);
    expect(controleFn?.parameters.map((p) => p.name)).toEqual(["plage_pondérations", "politique", "famille"]);
    expect(controleFn?.parameters[0]?.dimensionality).toBe("matrix");
  });
});
