import {
  actionOwners,
  clientOwners,
  listedActionOwners,
  listedClientOwners,
  ownersBeyond,
  overdueActionsOfClientOwner,
  overdueActionsOfOwner,
  sameOwner,
} from "../../src/domain/owners";
import { aClient, anAction, aPlan } from "../support/plan-builders";

const TODAY = "2027-05-10";
const overdue = (owner: string) => anAction({ owner, due: "2027-01-01" });

describe("sameOwner", () => {
  it.each([
    ["Ana", "ana", true],
    ["ÁLVARO", "álvaro", true],
    ["Ana", " Ana", false],
    ["Ana", "Ana María", false],
    ["Ana*", "Ana María", false],
  ])("given %p and %p, is %p (whole text, case ignored, as an escaped criterion)", (a, b, expected) => {
    expect(sameOwner(a, b)).toBe(expected);
  });
});

describe("actionOwners", () => {
  it("given owners in any case and blank ones, lists each once, first spelling, alphabetically", () => {
    const client = aClient({
      actions: [overdue("Luis"), overdue(""), overdue("ana"), overdue("Ana"), overdue("Álvaro")],
    });
    expect(actionOwners(client)).toEqual(["Álvaro", "ana", "Luis"]);
  });

  it("given no actions, lists nobody", () => {
    expect(actionOwners(aClient())).toEqual([]);
  });
});

describe("overdueActionsOfOwner", () => {
  const client = aClient({
    actions: [
      overdue("Ana"),
      overdue("ANA"),
      overdue(" Ana"),
      anAction({ owner: "Ana", due: "2027-12-01" }),
      anAction({ owner: "Ana", due: "2027-01-01", status: "done" }),
      overdue("Luis"),
      overdue(""),
    ],
  });

  it.each<[string, number | null]>([
    ["Ana", 2],
    ["ana", 2],
    [" Ana", 1],
    ["Luis", 1],
    ["Marta", 0],
    ["", null],
  ])("given owner %p, counts %p overdue actions", (owner, expected) => {
    expect(overdueActionsOfOwner(client, owner, TODAY)).toBe(expected);
  });
});

describe("clientOwners and overdueActionsOfClientOwner", () => {
  const plan = aPlan([
    aClient({ owner: "Lucía", actions: [overdue("x"), overdue("y")] }),
    aClient({ owner: "lucía", actions: [overdue("z")] }),
    aClient({ owner: "Diego", actions: [anAction({ due: "2027-12-01" })] }),
    aClient({ owner: "Pilar", state: "archived", actions: [overdue("x")] }),
    aClient({ owner: "", actions: [overdue("x")] }),
  ]);

  it("given clients of several owners, lists the active clients' owners once each", () => {
    expect(clientOwners(plan)).toEqual(["Diego", "Lucía"]);
  });

  it.each<[string, number | null]>([
    ["Lucía", 3],
    ["LUCÍA", 3],
    ["Diego", 0],
    ["Pilar", 0],
    ["", null],
  ])("given client owner %p, sums %p overdue actions of their active clients", (owner, expected) => {
    expect(overdueActionsOfClientOwner(plan, owner, TODAY)).toBe(expected);
  });
});

describe("ownersBeyond", () => {
  it.each<[string, string[], string[], string[]]>([
    ["covered ones in any case", ["Ana", "LUIS", "Marta"], ["ana", "Luis"], ["Marta"]],
    ["padded text, which the criterion does not match", [" Ana", "Ana "], ["Ana"], [" Ana", "Ana "]],
    ["blank and whitespace-only rows", ["", "   ", "Marta"], [], ["Marta"]],
    ["repeats, first spelling kept, in the order listed", ["zoe", "Bea", "ZOE"], [], ["zoe", "Bea"]],
    ["nothing listed", [], ["Ana"], []],
  ])("given %s, keeps %p beyond %p → %p", (_title, listed, covered, expected) => {
    expect(ownersBeyond(listed, covered)).toEqual(expected);
  });
});

describe("listedActionOwners and listedClientOwners: the rows the owner tables list", () => {
  it("given extra owners, lists the actions' owners alphabetically, then the extra ones in their order", () => {
    const client = aClient({
      actions: [overdue("Luis"), overdue("ana")],
      extraOwners: ["Zoe", "ANA", "Bea", "  "],
    });
    expect(listedActionOwners(client)).toEqual(["ana", "Luis", "Zoe", "Bea"]);
  });

  it("given no extra owners, lists the actions' owners only", () => {
    const client = aClient({ actions: [overdue("Luis"), overdue("ana")] });
    expect(listedActionOwners(client)).toEqual(actionOwners(client));
  });

  it("given extra client owners, lists the active clients' owners, then the extra ones not among them", () => {
    const clients = [aClient({ owner: "Lucía" }), aClient({ owner: "Pilar", state: "archived" })];
    const plan = aPlan(clients, { extraClientOwners: ["Pilar", "lucía", "Diego"] });
    expect(listedClientOwners(plan)).toEqual(["Lucía", "Pilar", "Diego"]);
    expect(listedClientOwners(aPlan(clients))).toEqual(["Lucía"]);
  });
});
