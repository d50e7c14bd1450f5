// ink renders only the final frame when it believes it runs in CI (the
// CI variable), but users review in a terminal, interactively: the ink tests
// must exercise that path on CI machines too. is-in-ci reads the variable
// when ink is first imported, so this runs before every test file.
for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';

// The claims cache lives in the user's cache folder (XDG_CACHE_HOME, else
// ~/.cache): tests and the CLIs they start keep theirs in the temp folder.
process.env.XDG_CACHE_HOME = `${process.env.TMPDIR || '/tmp'}/claimcheck-test-cache`;
