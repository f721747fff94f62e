from sambang_tui.cli import main

raise SystemExit(main())
