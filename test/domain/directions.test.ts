import { directionFigures, type DirectionRow } from "../../src/domain/directions";

const row = (overrides: Partial<DirectionRow>): DirectionRow => ({
  direction: "client",
  archived: false,
  red: false,
  overdueActions: 0,
  ...overrides,
});

describe("directionFigures", () => {
  it("given no rows, has every direction at zero", () => {
    const zero = { clients: 0, red: 0, overdueActions: 0 };
    expect(directionFigures([])).toEqual({ client: zero, manager: zero, peers: zero, team: zero });
  });

  it("given rows of several directions, counts active clients, red ones and overdue actions per direction", () => {
    const figures = directionFigures([
      row({ red: true, overdueActions: 2 }),
      row({ overdueActions: 1 }),
      row({ direction: "manager", red: true }),
      row({ direction: "team", archived: true, red: true, overdueActions: 5 }),
    ]);
    expect(figures.client).toEqual({ clients: 2, red: 1, overdueActions: 3 });
    expect(figures.manager).toEqual({ clients: 1, red: 1, overdueActions: 0 });
    expect(figures.team).toEqual({ clients: 0, red: 0, overdueActions: 0 });
  });
});
