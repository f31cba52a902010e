#!/usr/bin/env node
console.log('@imednet/sandbox');
