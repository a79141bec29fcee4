#!/bin/sh
# placeholder replaced by the CLI tests
echo "cli-smoke: 0 passed, 0 failed"
