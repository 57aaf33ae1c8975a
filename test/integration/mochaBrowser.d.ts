declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}
