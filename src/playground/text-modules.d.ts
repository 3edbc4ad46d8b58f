/** Files the playground's webpack build bundles as text (`type: "asset/source"`), e.g. examples/clientes.csv. */
declare module "*.csv" {
  const text: string;
  export default text;
}
