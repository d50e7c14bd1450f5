// ink renders only the final frame when it believes it runs in CI (the
// CI variable), but users review in a terminal, interactively: the ink tests
// must exercise that path on CI machines too. is-in-ci reads the variable
// when ink is first imported, so this runs before every test file.
for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
