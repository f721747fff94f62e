"""Where things live (platformdirs) and the user's settings file (TOML)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from platformdirs import (
    user_cache_dir,
    user_config_dir,
    user_data_dir,
    user_documents_dir,
    user_log_dir,
)

APP = "sambang"


def data_dir() -> Path:
    return Path(os.environ.get("SAMBANG_DATA_DIR") or user_data_dir(APP))


def config_dir() -> Path:
    return Path(os.environ.get("SAMBANG_CONFIG_DIR") or user_config_dir(APP))


def log_dir() -> Path:
    return Path(os.environ.get("SAMBANG_LOG_DIR") or user_log_dir(APP))


def cache_dir() -> Path:
    """What can be made again, kept to start faster (parsed stylesheets)."""
    return Path(os.environ.get("SAMBANG_CACHE_DIR") or user_cache_dir(APP))


def documents_dir() -> Path:
    return Path(user_documents_dir())


def default_db_path() -> Path:
    return data_dir() / "sambang.db"


def settings_path() -> Path:
    return config_dir() / "settings.toml"


@dataclass
class Settings:
    """The settings file. Keys not written there keep these defaults."""

    db: str = ""
    lang: str = "id"
    theme: str = ""
    station: str = ""
    compact: bool = False
    uncovered_days: int = 14
    backup_keep: int = 14
    auto_backup: bool = True
    paper: str = "A4"  # printed documents: "A4" or "F4" (215 × 330 mm)
    export_dir: str = ""  # the folder of the last export; empty: the documents folder
    keymap: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"Berkas pengaturan {path} tidak terbaca: {exc}") from exc
        known = {f.name: f for f in fields(cls)}
        values: dict[str, object] = {}
        for key, value in raw.items():
            if key in known:
                values[key] = value
        return cls(**values)  # type: ignore[arg-type]

    def save(self, path: Path | None = None) -> Path:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        lines: list[str] = []
        tables: list[str] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dict):
                tables.append(f"\n[{f.name}]")
                tables.extend(f"{_toml_str(k)} = {_toml(v)}" for k, v in value.items())
            else:
                lines.append(f"{f.name} = {_toml(value)}")
        path.write_text("\n".join(lines + tables) + "\n", encoding="utf-8")
        return path


class SettingsError(Exception):
    pass


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _toml_str(str(value))


def resolve_db_target(cli_value: str | None, settings: Settings | None = None) -> str:
    """The database to open: ``--db``, then ``SAMBANG_DB``, then the settings
    file, then ``sambang.db`` in the user data dir."""
    if cli_value:
        return cli_value
    env = os.environ.get("SAMBANG_DB")
    if env:
        return env
    if settings and settings.db:
        return settings.db
    return str(default_db_path())
