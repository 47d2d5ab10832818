# Rewrites every <context><name> of a .ts file to one context, "sohoa", so the
# .qm can be looked up by source text alone (core code translates with
# file-local helpers whose context lupdate cannot know). Usage:
#   cmake -DIN=sohoa_vi.ts -DOUT=flat/sohoa_vi.ts -P flatten_ts.cmake
file(READ "${IN}" content)
string(REGEX REPLACE "<name>[^<]*</name>" "<name>sohoa</name>" content "${content}")
file(WRITE "${OUT}" "${content}")
