# Generator for heldout35 (writes NN_style_name.txt/.json). Kept for reproducibility.
import json, os
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
def R(**kw):
    r = {k: None for k in KEYS}; r["types"] = []; r["audience"] = {}
    for k, v in kw.items():
        assert k in KEYS, k
        r[k] = v
    return r
CASES = []
def case(num, style, name, today, text, rep=None, reports=None):
    CASES.append((num, style, name, today, text, rep, reports))

SUT, JOKO, AGUS, HERI, DWI, YUS = "Aiptu Sutrisno", "Aipda Joko Prasetyo", "Bripka Agus Setiawan", "Aiptu Heri Kurniawan", "Bripka Dwi Hartono", "Aipda Yusuf Maulana"

# ---------------- numbered 01-08 ----------------
case(1, "numbered", "sutrisno-kotak-amal", "2026-03-03", """*LAPORAN GIAT BHABINKAMTIBMAS*
*KEL. SENEN*

1. HARI/TGL : Senin, 02-03-2026
2. PUKUL : 16.30 s/d 17.45 WIB
3. TKP : Masjid Al Ikhlas Jl. Kalilio RT 004/RW 003
4. GIAT : Sambang & Binluh
5. PELAKSANA : Aiptu Sutrisno
6. SASARAN : Pengurus DKM 3 org, jamaah ± 25 org
7. MATERI : Kewaspadaan pencurian kotak amal selama bulan Ramadhan
8. PESAN : Agar pengurus masjid memasang gembok ganda pada kotak amal dan tidak meninggalkan masjid dlm keadaan kosong setelah tarawih
9. HASIL : Pengurus DKM menyampaikan bhw kotak amal pernah dibongkar pd bln Januari, pelaku blm tertangkap
10. SITKAMTIBMAS : Aman kondusif

Dokumentasi terlampir 📷
""", R(date="2026-03-02", start_time="16:30", end_time="17:45", officer=SUT, officer_of="senen",
      kelurahan="Senen", rw=3, rt=4, place="Masjid Al Ikhlas Jl. Kalilio", types=["SB","BL"],
      audience={"tokoh_agama":3, "warga":25}, situation="aman_kondusif",
      message="Agar pengurus masjid memasang gembok ganda pada kotak amal dan tidak meninggalkan masjid dlm keadaan kosong setelah tarawih",
      findings="Pengurus DKM menyampaikan bhw kotak amal pernah dibongkar pd bln Januari, pelaku blm tertangkap"))

case(2, "numbered", "sutrisno-dds-kramat-bunder", "2026-03-04", """LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : Rabu 4 Maret 2026
2. PUKUL : 09.15 - 11.30
3. TKP : pemukiman warga Jl. Kramat Bunder RT 07/RW 05
4. GIAT : DDS (door to door system)
5. PELAKSANA : Aiptu Sutrisno didampingi Bripda Rizky Amalia (Binmas Polsek)
6. SASARAN : 14 KK
7. MATERI : Pencegahan kebakaran saat sahur
8. PESAN : Himbau warga agar mematikan kompor & mencabut colokan listrik yg tdk dipakai sebelum tidur, jangan menumpuk colokan (stop kontak bertumpuk)
9. KELUHAN : Lampu PJU di mulut gang mati sdh 2 minggu, rawan jambret jam 3-4 pagi
10. HARAPAN : Ada patroli saat jam sahur
11. SITKAMTIBMAS : Aman
""", R(date="2026-03-04", start_time="09:15", end_time="11:30", officer=SUT, officer_of="senen",
      kelurahan="Senen", rw=5, rt=7, place="pemukiman warga Jl. Kramat Bunder", types=["DDS"],
      audience={"warga":14}, situation="aman_kondusif",
      message="Himbau warga agar mematikan kompor & mencabut colokan listrik yg tdk dipakai sebelum tidur, jangan menumpuk colokan (stop kontak bertumpuk)",
      findings="Lampu PJU di mulut gang mati sdh 2 minggu, rawan jambret jam 3-4 pagi\nAda patroli saat jam sahur"))

case(3, "numbered", "sutrisno-kirim-utk-heri-cuti", "2026-03-09", """Izin Ndan, mengirimkan laporan giat Aiptu Heri Kurniawan (Bhabin Paseban) a.n. ybs, beliau mulai cuti tahunan hari ini 🙏

1. HARI/TGL : Sabtu, 07-03-2026
2. PUKUL : 20.30 s/d selesai
3. TKP : Pos Ronda RW 02 Jl. Paseban Raya
4. GIAT : Sambang Kamtibmas / Patroli Dialogis
5. PELAKSANA : Aiptu Heri Kurniawan
6. SASARAN : petugas ronda 6 org, Ketua RW 02
7. MATERI : Tawuran sahur / perang sarung
8. PESAN : Agar warga ronda segera menghubungi Bhabin atau Call Center 110 bila melihat kelompok remaja membawa sarung berisi batu atau petasan
9. HASIL : Info dr Ketua RW ada kelompok remaja dr luar wilayah yg sering kumpul di kolong jembatan setelah jam 02.00
10. SITKAMTIBMAS : Aman namun perlu diwaspadai
""", R(date="2026-03-07", start_time="20:30", end_time=None, officer=HERI, officer_of="paseban",
      kelurahan="Paseban", rw=2, rt=None, place="Pos Ronda Jl. Paseban Raya", types=["SB","PD"],
      audience={"warga":6, "perangkat_rt_rw":1}, situation="waspada",
      message="Agar warga ronda segera menghubungi Bhabin atau Call Center 110 bila melihat kelompok remaja membawa sarung berisi batu atau petasan",
      findings="Info dr Ketua RW ada kelompok remaja dr luar wilayah yg sering kumpul di kolong jembatan setelah jam 02.00"))

case(4, "numbered", "dwi-backup-pasar-paseban", "2026-03-10", """*Giat Bhabinkamtibmas* 🚔
(Bripka Dwi Hartono, Bhabin Kramat – sementara back up Kel. Paseban selama Aiptu Heri cuti)

1️⃣ 📅 Selasa 10/3/26
2️⃣ ⏰ 15.00–16.15
3️⃣ 📍 Pasar Paseban, Jl. Paseban Raya RT 09 RW 04, Kel. Paseban
4️⃣ 📝 Sambang + Deteksi Dini
5️⃣ 👥 pedagang takjil ± 12 org, juru parkir 2 org
6️⃣ 📢 Himbauan: jgn berjualan sampai ke badan jalan, utk parkir agar tertib dan tdk memungut tarif di luar ketentuan
7️⃣ 🔎 Temuan: pedagang mengeluh ada oknum ormas minta "uang keamanan" Rp 10rb/lapak tiap sore
8️⃣ ✅ Situasi aman kondusif
""", R(date="2026-03-10", start_time="15:00", end_time="16:15", officer=DWI, officer_of="kramat",
      kelurahan="Paseban", rw=4, rt=9, place="Pasar Paseban, Jl. Paseban Raya", types=["SB","DD"],
      audience={"other":14}, situation="aman_kondusif",
      message="jgn berjualan sampai ke badan jalan, utk parkir agar tertib dan tdk memungut tarif di luar ketentuan",
      findings='pedagang mengeluh ada oknum ormas minta "uang keamanan" Rp 10rb/lapak tiap sore'))

case(5, "numbered", "yusuf-petasan-kepu", "2026-03-05", """Assalamualaikum, lapor giat hr ini ndan
1. Kamis 5 Maret 2026 pkl 1600-1730
2. Sambang ke warung2 takjil sepanjang Jl. Kepu Selatan RW 03
3. Ketemu pedagang 8, Bang Udin ketua RW 03
4. Ane himbau pedagang jgn ngelayanin anak2 yg beli petasan, kalo ada yg jual petasan lapor aje ke ane
5. Hasil: ada 1 warung yg jual petasan renteng, udah ane tegur & barang diamankan pemiliknya sendiri
6. Situasi aman terkendali
Salam Presisi 🙏
~ Aipda Yusuf Maulana
#PolsekSenen #BhabinBungur #Ramadhan1447H
""", R(date="2026-03-05", start_time="16:00", end_time="17:30", officer=YUS, officer_of="bungur",
      kelurahan="Bungur", rw=3, rt=None, place="warung2 takjil sepanjang Jl. Kepu Selatan", types=["SB"],
      audience={"other":8, "perangkat_rt_rw":1}, situation="aman_kondusif",
      message="Ane himbau pedagang jgn ngelayanin anak2 yg beli petasan, kalo ada yg jual petasan lapor aje ke ane",
      findings="ada 1 warung yg jual petasan renteng, udah ane tegur & barang diamankan pemiliknya sendiri"))

case(6, "numbered", "sutrisno-cs-pasca-unras", "2025-09-03", """LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : Selasa, 2 September 2025
2. PUKUL : 19.30 WIB s.d. 21.00 WIB
3. TKP : Sekretariat Karang Taruna RW 08 Jl. Senen Raya
4. GIAT : Cooling System pasca unras
5. PELAKSANA : Aiptu Sutrisno bersama Serka Mulyadi (Babinsa)
6. SASARAN : Karang taruna ± 20 org, tokoh pemuda 2 org, Ketua RW 08
7. MATERI : Ajakan menjaga Jakarta tetap damai
8. PESAN : Agar pemuda tidak terprovokasi ajakan aksi di medsos yg tidak jelas sumbernya dan tidak ikut2an turun ke jalan
9. HASIL : Ketua RW menyampaikan 3 pemuda warganya sempat diamankan tgl 29/8 dan sdh dipulangkan, warga berkomitmen menjaga lingkungan
10. SITKAMTIBMAS : Aman kondusif
""", R(date="2025-09-02", start_time="19:30", end_time="21:00", officer=SUT, officer_of="senen",
      kelurahan="Senen", rw=8, rt=None, place="Sekretariat Karang Taruna Jl. Senen Raya", types=["CS"],
      audience={"kelompok_pemuda":22, "perangkat_rt_rw":1}, situation="aman_kondusif",
      message="Agar pemuda tidak terprovokasi ajakan aksi di medsos yg tidak jelas sumbernya dan tidak ikut2an turun ke jalan",
      findings="Ketua RW menyampaikan 3 pemuda warganya sempat diamankan tgl 29/8 dan sdh dipulangkan, warga berkomitmen menjaga lingkungan"))

case(7, "numbered", "sutrisno-santunan-kanit", "2026-03-14", """LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : Jum'at, 13-03-2026
2. PUKUL : 16.00 s/d 18.45 WIB
3. TKP : Halaman Blok III Pasar Senen, Jl. Senen Raya
4. GIAT : Pengamanan kegiatan masyarakat (buka puasa bersama & santunan anak yatim)
5. PELAKSANA : Aiptu Sutrisno, didampingi Kanit Binmas Iptu Darmawan
6. SASARAN : Panitia 5 org, anak yatim ± 60 org, pengurus RW 01
7. MATERI : -
8. PESAN : Kanit Binmas menghimbau panitia agar pembagian santunan tertib, antri, dan tdk menimbulkan desak2an
9. HASIL : Santunan dibagikan kpd 60 anak yatim, kegiatan berjalan tertib
10. SITKAMTIBMAS : Aman lancar
""", R(date="2026-03-13", start_time="16:00", end_time="18:45", officer=SUT, officer_of="senen",
      kelurahan="Senen", rw=None, rt=None, place="Halaman Blok III Pasar Senen, Jl. Senen Raya", types=["PKM"],
      audience={"other":5, "warga":60, "perangkat_rt_rw":None}, situation="aman_kondusif",
      message="Kanit Binmas menghimbau panitia agar pembagian santunan tertib, antri, dan tdk menimbulkan desak2an",
      findings="Santunan dibagikan kpd 60 anak yatim, kegiatan berjalan tertib"))

case(8, "numbered", "dwi-dds-kramat-pulo", "2026-03-12", """📋 *LAPORAN GIAT BHABINKAMTIBMAS KEL. KRAMAT*
1. 🗓️ Kamis, 12 Maret 2026
2. 🕘 Pkl 09.00 - 11.00 WIB
3. 📍 Jl. Kramat Pulo Gg. 7 RT 011/RW 06
4. 🏷️ DDS (Door to Door System)
5. 👮 Bripka Dwi Hartono bersama Serda Andi (Babinsa Kramat)
6. 👥 Sasaran: 10 rumah warga
7. 📢 Pesan: Bila mudik agar rumah dititipkan ke tetangga / Ketua RT, kunci ganda, jangan posting di medsos saat meninggalkan rumah
8. 📝 Keluhan warga: Sering ada kiriman paket palsu (modus kurir) ke rumah2 yg kosong
9. ✅ Situasi: Aman terkendali
""", R(date="2026-03-12", start_time="09:00", end_time="11:00", officer=DWI, officer_of="kramat",
      kelurahan="Kramat", rw=6, rt=11, place="Jl. Kramat Pulo Gg. 7", types=["DDS"],
      audience={"warga":10}, situation="aman_kondusif",
      message="Bila mudik agar rumah dititipkan ke tetangga / Ketua RT, kunci ganda, jangan posting di medsos saat meninggalkan rumah",
      findings="Sering ada kiriman paket palsu (modus kurir) ke rumah2 yg kosong"))

# ---------------- prose 09-16 ----------------
case(9, "prose", "heri-teruskan-ribut-saluran", "2026-03-03", """Izin lapor ndan, di bawah ini pesan dr Ketua RT 05 RW 07 yg masuk ke sy tadi pagi. Sdh sy tindak lanjuti (problem solving) sekitar jam 10, kedua pihak sy pertemukan di rumah Pak RT, dimediasi dan sdh sepakat bersih2 saluran bareng hari Minggu. Situasi aman.
Aiptu Heri K. – Bhabin Paseban

"Assalamualaikum pak Heri, izin lapor ada ribut2 antara warga sy Bu Marni dan Pak Tohir soal saluran air yg mampet, air got masuk ke rumah Bu Marni. Mohon dibantu pak takut jadi berantem."
""", R(date="2026-03-03", start_time="10:00", end_time=None, officer="Aiptu Heri K.", officer_of="paseban",
      kelurahan="Paseban", rw=None, rt=None, place="rumah Pak RT", types=["PS"],
      audience={"warga":2, "perangkat_rt_rw":1}, situation="aman_kondusif", message=None,
      findings="sdh sepakat bersih2 saluran bareng hari Minggu\nada ribut2 antara warga sy Bu Marni dan Pak Tohir soal saluran air yg mampet, air got masuk ke rumah Bu Marni"))

case(10, "prose", "dwi-backup-paseban-sahur", "2026-03-11", """Jakarta – Bhabinkamtibmas Kelurahan Kramat Bripka Dwi Hartono, yang sementara membackup wilayah Kelurahan Paseban selama Bhabin Paseban menjalankan cuti, melaksanakan Patroli Dialogis pada Rabu (11/3/2026) sekitar pukul 02.30 WIB di Jl. Kramat Sawah RT 03 RW 09, Paseban.

Dalam kegiatan tersebut Bripka Dwi bersama Brigpol Fajar Nugroho (Unit Samapta) berdialog dengan warga yang sedang menyiapkan sahur serta 4 pemuda yang berjaga di pos kamling.

"Kami mengajak para pemuda untuk tidak melakukan sahur on the road maupun perang sarung yang dapat membahayakan diri sendiri dan orang lain," ujar Bripka Dwi.

Situasi wilayah terpantau aman dan kondusif.
""", R(date="2026-03-11", start_time="02:30", end_time=None, officer=DWI, officer_of="kramat",
      kelurahan="Paseban", rw=9, rt=3, place="Jl. Kramat Sawah", types=["PD"],
      audience={"warga":None, "kelompok_pemuda":4}, situation="aman_kondusif",
      message='"Kami mengajak para pemuda untuk tidak melakukan sahur on the road maupun perang sarung yang dapat membahayakan diri sendiri dan orang lain," ujar Bripka Dwi.',
      findings=None))

case(11, "prose", "yusuf-majelis-taklim", "2026-03-07", """Lapor ndan, kmrn sore abis asar (± 1545) ane sambangin majelis taklim ibu2 Al Hidayah di Jl. Bungur Besar X No. 12, RT 06/02. Jamaahnye ada kurleb 30 org, ane dikasih waktu 10 menit abis kultum. Ane titip pesen ke ibu2 supaye ati2 ame penipuan arisan online & pinjol ilegal yg lagi marak jelang lebaran, jgn gampang transfer duit ke org yg blm dikenal. Ustadzah Hj. Nur cerita ade jamaah yg ketipu arisan online ampe 7 juta. Alhamdulillah situasi aman.
#PolsekSenen #BhabinBungur #JumatBerkah
~ Aipda Yusuf M.
""", R(date="2026-03-06", start_time="15:45", end_time=None, officer="Aipda Yusuf M.", officer_of="bungur",
      kelurahan="Bungur", rw=2, rt=6, place="majelis taklim ibu2 Al Hidayah di Jl. Bungur Besar X No. 12", types=["SB"],
      audience={"warga":30, "tokoh_agama":1}, situation="aman_kondusif",
      message="Ane titip pesen ke ibu2 supaye ati2 ame penipuan arisan online & pinjol ilegal yg lagi marak jelang lebaran, jgn gampang transfer duit ke org yg blm dikenal.",
      findings="Ustadzah Hj. Nur cerita ade jamaah yg ketipu arisan online ampe 7 juta."))

case(12, "prose", "heri-teruskan-rilis-humas", "2026-03-05", """Izin ndan, rilis giat sy hr Rabu kmrn sdh tayang di web Humas Polres 🙏🙏

Polsek Senen – Bhabinkamtibmas Kelurahan Paseban Aiptu Heri Kurniawan melaksanakan kegiatan Binluh kepada pelajar di SMP Tunas Bangsa, Jl. Salemba Raya, Paseban, Senen, Jakarta Pusat, Rabu (4/3/2026) pukul 07.30 WIB. Di hadapan sekitar 120 siswa dan 6 guru, Aiptu Heri memberikan penyuluhan tentang bahaya tawuran dan penyalahgunaan narkoba selama bulan suci Ramadhan.

Kapolsek Senen AKP Bambang Santoso, S.H., M.H. mengatakan bahwa kegiatan ini merupakan upaya preventif. "Kami mengimbau para pelajar agar mengisi Ramadhan dengan kegiatan positif dan tidak mudah terprovokasi ajakan tawuran melalui media sosial," ujar Kapolsek.

Kegiatan berlangsung tertib, aman dan kondusif.
""", R(date="2026-03-04", start_time="07:30", end_time=None, officer=HERI, officer_of="paseban",
      kelurahan="Paseban", rw=None, rt=None, place="SMP Tunas Bangsa, Jl. Salemba Raya", types=["BL"],
      audience={"kelompok_pemuda":120, "other":6}, situation="aman_kondusif",
      message='"Kami mengimbau para pelajar agar mengisi Ramadhan dengan kegiatan positif dan tidak mudah terprovokasi ajakan tawuran melalui media sosial," ujar Kapolsek.',
      findings=None))

case(13, "prose", "dwi-lomba-17an", "2025-08-17", """Sabtu 16-08-2025 jam 14.00 s/d 17.30 📍 Lapangan Futsal RW 04 Jl. Kramat Sentiong, sy Bripka Dwi Hartono melaksanakan pengamanan kegiatan masyarakat lomba 17an (panjat pinang & tarik tambang) dibantu 2 anggota linmas. Sy sempat ngobrol dgn Bang Jali (Ketua Karang Taruna) dan Pak Haji Marzuki tokoh masy setempat 👍 Bang Jali minta besok malam (malam tirakatan) dibantu pengamanan lagi krn ada panggung hiburan. Sy himbau Bang Jali agar hadiah tidak berupa uang tunai yg dibagikan di atas panggung supaya tdk desak2an 🙏 Situasi aman lancar ✅
""", R(date="2025-08-16", start_time="14:00", end_time="17:30", officer=DWI, officer_of="kramat",
      kelurahan="Kramat", rw=4, rt=None, place="Lapangan Futsal Jl. Kramat Sentiong", types=["PKM"],
      audience={"kelompok_pemuda":1, "tokoh_masyarakat":1}, situation="aman_kondusif",
      message="Sy himbau Bang Jali agar hadiah tidak berupa uang tunai yg dibagikan di atas panggung supaya tdk desak2an",
      findings="Bang Jali minta besok malam (malam tirakatan) dibantu pengamanan lagi krn ada panggung hiburan."))

case(14, "prose", "yusuf-malem-minggu-gunung-sahari", "2026-03-15", """Lapor ndan, malem minggu kmrn pkl 2200 s/d 2345 ane patroli dialogis bareng Bripka Dwi nyisir Jl. Gunung Sahari sampe kolong flyover, RW 05. Ketemu ama abang2 ojol yg mangkal ± 7 org & 2 satpam ruko. Ane pesen ke mereka kalo liat rombongan motor bawa sajam atau petasan langsung telpon 110, jgn direkam doang. Kata satpam minggu lalu ade balap liar tiap jam 3 pagi abis sahur. Situasi aman ndan.
~ Aipda Yusuf M.
#PolsekSenen #BhabinBungur
""", R(date="2026-03-14", start_time="22:00", end_time="23:45", officer="Aipda Yusuf M.", officer_of="bungur",
      kelurahan="Bungur", rw=5, rt=None, place="Jl. Gunung Sahari sampe kolong flyover", types=["PD"],
      audience={"other":9}, situation="aman_kondusif",
      message="Ane pesen ke mereka kalo liat rombongan motor bawa sajam atau petasan langsung telpon 110, jgn direkam doang.",
      findings="Kata satpam minggu lalu ade balap liar tiap jam 3 pagi abis sahur."))

case(15, "prose", "heri-teruskan-undangan-lurah", "2026-03-02", """Siap, laporan giat hr ini. Sy hadir memenuhi undangan di bawah ini, rapat koordinasi 3 pilar berjalan lancar, disepakati posko mudik bersama di depan kantor kelurahan mulai H-7 lebaran. Hadir Pak Lurah, Babinsa, Ketua RW se-Kel. Paseban (9 org) & FKDM 2 org. Sy sampaikan himbauan agar para ketua RW mendata warga yg mudik & rumah yg ditinggal kosong.
- Aiptu Heri K, Bhabin Paseban

---
*UNDANGAN*
Yth. Bapak/Ibu Ketua RW se-Kelurahan Paseban, Bhabinkamtibmas & Babinsa
Mengharap kehadiran pada rapat koordinasi persiapan Idul Fitri 1447 H
Hari/tgl : Senin, 2 Maret 2026
Pukul : 13.00 WIB s.d. selesai
Tempat : Aula Kantor Kelurahan Paseban, Jl. Paseban Raya
Ttd. Lurah Paseban
""", R(date="2026-03-02", start_time="13:00", end_time=None, officer="Aiptu Heri K", officer_of="paseban",
      kelurahan="Paseban", rw=None, rt=None, place="Aula Kantor Kelurahan Paseban, Jl. Paseban Raya", types=[],
      audience={"other":3, "perangkat_rt_rw":9}, situation=None,
      message="Sy sampaikan himbauan agar para ketua RW mendata warga yg mudik & rumah yg ditinggal kosong.",
      findings="disepakati posko mudik bersama di depan kantor kelurahan mulai H-7 lebaran"))

case(16, "prose", "sutrisno-backup-natal-kwitang", "2025-12-25", """Selamat pagi Ndan. Izin melaporkan, tadi malam 24 Desember 2025 pkl 18.00 – 21.30 WIB sy Aiptu Sutrisno (backup Kel. Kwitang, Aipda Joko cuti) melaksanakan pengamanan ibadah Malam Natal di Gereja Kasih Kwitang, Jl. Kwitang Raya. Sy berkoordinasi dgn Pdt. Samuel dan 4 org majelis gereja serta 6 satpam gereja. Sy himbau pengurus gereja agar kendaraan jemaat diparkir di dalam area dan tidak di bahu jalan. Ibadah Natal pagi tgl 25 Desember pkl 08.00 akan sy amankan kembali. Situasi aman dan kondusif.
""", R(date="2025-12-24", start_time="18:00", end_time="21:30", officer=SUT, officer_of="senen",
      kelurahan="Kwitang", rw=None, rt=None, place="Gereja Kasih Kwitang, Jl. Kwitang Raya", types=["PKM"],
      audience={"tokoh_agama":5, "other":6}, situation="aman_kondusif",
      message="Sy himbau pengurus gereja agar kendaraan jemaat diparkir di dalam area dan tidak di bahu jalan.",
      findings=None))

# ---------------- terse 17-26 ----------------
case(17, "terse", "joko-pos-rw-kembang", "2026-03-02",
"sambang pos rw 03 jl kembang raya jam 9 ketemu ketua rw 03 sm warga 5 org aman aipda joko\n",
R(officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=3, place="pos rw jl kembang raya",
  start_time="09:00", types=["SB"], audience={"perangkat_rt_rw":1, "warga":5}, situation="aman_kondusif"))

case(18, "terse", "joko-dds-kucing-liar", "2026-03-03",
"dds rt 02 rw 06 kwitang 12 rumah keluhan kucing liar banyak sm sampah numpuk di kali td sore aipda joko\n",
R(date="2026-03-03", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=6, rt=2,
  types=["DDS"], audience={"warga":12}, findings="kucing liar banyak sm sampah numpuk di kali"))

case(19, "terse", "joko-pd-jam-1-malem", "2026-03-06",
"patroli dialogis jam 1 malem jl prapatan sampe jl kwitang raya pemuda nongkrong 6 org disuruh bubar aman aipda joko\n",
R(start_time="01:00", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang",
  place="jl prapatan sampe jl kwitang raya", types=["PD"], audience={"kelompok_pemuda":6}, situation="aman_kondusif"))

case(20, "terse", "joko-ps-parkir", "2026-03-09",
"giat problem solving sengketa parkir rt 5 rw 1 kwitang 9/3 jam 16 sdh damai kedua pihak tanda tangan surat pernyataan aipda joko\n",
R(date="2026-03-09", start_time="16:00", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=1, rt=5,
  types=["PS"], audience={"warga":2},
  findings="sengketa parkir\nsdh damai kedua pihak tanda tangan surat pernyataan"))

case(21, "terse", "joko-binluh-gg-kenari", "2026-03-10",
"binluh narkoba di mushola al amin gg kenari rw 09 kwitang abis tarawih jamaah bapak2 15 org aman aipda joko\n",
R(officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=9, place="mushola al amin gg kenari",
  types=["BL"], audience={"warga":15}, situation="aman_kondusif"))

case(22, "terse", "joko-kost-penghuni-baru", "2026-03-12",
"sambang + dd ke kost2an jl kembang raya rt 4 rw 2 penghuni baru 3 org blm lapor rt sdh diarahkan aipda joko 11 maret\n",
R(date="2026-03-11", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=2, rt=4,
  place="kost2an jl kembang raya", types=["SB","DD"], audience={"warga":3},
  findings="penghuni baru 3 org blm lapor rt"))

case(23, "terse", "dwi-pos-kamling-sentiong", "2026-03-08",
"📍Pos Kamling RW 08 Kramat Sentiong 🕗 20.00 📝 Sambang 👥 warga ronda 5 ✅ aman — Bripka Dwi H 🙏\n",
R(start_time="20:00", officer="Bripka Dwi H", officer_of="kramat", kelurahan="Kramat", rw=8,
  place="Pos Kamling Kramat Sentiong", types=["SB"], audience={"warga":5}, situation="aman_kondusif"))

case(24, "terse", "dwi-sd-petasan", "2026-03-13",
"🗓️ 13/3 ⏰ 10.00-11.30 📍 SDN Kramat 05 Pagi Jl. Kramat Raya 📝 Binluh bahaya petasan 👥 siswa kls 5-6 ± 70, guru 3 ✅ aman lancar — Bripka Dwi H 🙏\n",
R(date="2026-03-13", start_time="10:00", end_time="11:30", officer="Bripka Dwi H", officer_of="kramat",
  kelurahan="Kramat", place="SDN Kramat 05 Pagi Jl. Kramat Raya", types=["BL"],
  audience={"kelompok_pemuda":70, "other":3}, situation="aman_kondusif"))

case(25, "terse", "yusuf-warkop-bungur", "2026-03-09",
"Sambang warung kopi Jl. Bungur Besar RT 03/07 pkl 1030 ngobrol ame Pak RW ame 4 warga, aman. ~ Aipda Yusuf M. #BhabinBungur\n",
R(start_time="10:30", officer="Aipda Yusuf M.", officer_of="bungur", kelurahan="Bungur", rw=7, rt=3,
  place="warung kopi Jl. Bungur Besar", types=["SB"], audience={"perangkat_rt_rw":1, "warga":4}, situation="aman_kondusif"))

case(26, "terse", "yusuf-pkm-tarawih", "2026-03-11",
"PKM tarawih di Masjid Jami Al Muttaqin Jl. Kepu Selatan, 1930-2100, jamaah ± 300, aman lancar ~ Aipda Yusuf M. #BhabinBungur #Ramadhan\n",
R(start_time="19:30", end_time="21:00", officer="Aipda Yusuf M.", officer_of="bungur", kelurahan="Bungur",
  place="Masjid Jami Al Muttaqin Jl. Kepu Selatan", types=["PKM"], audience={"warga":300}, situation="aman_kondusif"))

# ---------------- caps 27-29 ----------------
case(27, "caps", "sutrisno-terminal-senen", "2026-03-06", """LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : KAMIS, 05-03-2026
2. PUKUL : 21.00 S/D 22.30 WIB
3. TKP : TERMINAL SENEN JL. SENEN RAYA
4. GIAT : PATROLI DIALOGIS
5. PELAKSANA : AIPTU SUTRISNO
6. SASARAN : SOPIR ANGKOT & BAJAJ ± 10 ORG, PEDAGANG ASONGAN 4 ORG
7. MATERI : KEWASPADAAN COPET & HIPNOTIS MENJELANG MUDIK
8. PESAN : AGAR PARA SOPIR SEGERA MELAPOR KE POS POLISI TERMINAL BILA ADA PENUMPANG YG MENJADI KORBAN COPET
9. HASIL : NIHIL
10. SITKAMTIBMAS : AMAN KONDUSIF
""", R(date="2026-03-05", start_time="21:00", end_time="22:30", officer=SUT, officer_of="senen",
      kelurahan="Senen", place="TERMINAL SENEN JL. SENEN RAYA", types=["PD"], audience={"other":14},
      situation="aman_kondusif",
      message="AGAR PARA SOPIR SEGERA MELAPOR KE POS POLISI TERMINAL BILA ADA PENUMPANG YG MENJADI KORBAN COPET"))

case(28, "caps", "dwi-ps-speaker-sahur", "2026-03-09", """🚨 GIAT PROBLEM SOLVING KEL. KRAMAT 🚨
SENIN 9/3/2026 PKL 13.30 DI RUMAH PAK RT (RT 02/RW 03) JL. KRAMAT RAYA GG. 12, DISAKSIKAN KETUA RT
MEDIASI: SDR. ANTON & SDR. BUDI RIBUT SOAL SUARA SPEAKER MEMBANGUNKAN SAHUR TERLALU KERAS
HASIL: KEDUA BELAH PIHAK SEPAKAT SPEAKER HANYA DIPAKAI PKL 03.00-03.30
SY HIMBAU KEDUA PIHAK, SESUAI ARAHAN KAPOLSEK SENEN AKP BAMBANG SANTOSO, S.H., M.H., AGAR SETIAP PERSELISIHAN DISELESAIKAN SECARA KEKELUARGAAN
SITUASI AMAN ✅
BRIPKA DWI HARTONO
""", R(date="2026-03-09", start_time="13:30", officer=DWI, officer_of="kramat", kelurahan="Kramat", rw=3, rt=2,
      place="RUMAH PAK RT JL. KRAMAT RAYA GG. 12", types=["PS"], audience={"warga":2, "perangkat_rt_rw":1},
      situation="aman_kondusif",
      message="SY HIMBAU KEDUA PIHAK, SESUAI ARAHAN KAPOLSEK SENEN AKP BAMBANG SANTOSO, S.H., M.H., AGAR SETIAP PERSELISIHAN DISELESAIKAN SECARA KEKELUARGAAN",
      findings="SDR. ANTON & SDR. BUDI RIBUT SOAL SUARA SPEAKER MEMBANGUNKAN SAHUR TERLALU KERAS\nKEDUA BELAH PIHAK SEPAKAT SPEAKER HANYA DIPAKAI PKL 03.00-03.30"))

case(29, "caps", "heri-teruskan-kost-kardus", "2026-03-02", """SIAP IZIN NDAN. INFO DI BAWAH DARI PENGELOLA KOST SDH SY CEK KE TKP JUMAT 27/2 PKL 15.00, DETEKSI DINI, 2 PENGHUNI KAMAR 4 MENGAKU MAHASISWA, KTP SDH DICATAT, TDK DITEMUKAN BARANG MENCURIGAKAN. SITUASI AMAN. AIPTU HERI KURNIAWAN
>> PAK HERI, KOST SY (KOST BU ENDANG, JL. KRAMAT SAWAH NO. 40 RT 08/05) ADA 2 PENGHUNI BARU, SERING KELUAR MALAM BAWA KARDUS BESAR, MOHON DICEK 🙏 (BU ENDANG, PENGELOLA KOST)
""", R(date="2026-02-27", start_time="15:00", officer=HERI, officer_of="paseban", kelurahan="Paseban", rw=5, rt=8,
      place="KOST BU ENDANG, JL. KRAMAT SAWAH NO. 40", types=["DD"], audience={"kelompok_pemuda":2, "other":1},
      situation="aman_kondusif",
      findings="2 PENGHUNI KAMAR 4 MENGAKU MAHASISWA, KTP SDH DICATAT, TDK DITEMUKAN BARANG MENCURIGAKAN\nADA 2 PENGHUNI BARU, SERING KELUAR MALAM BAWA KARDUS BESAR"))

# ---------------- forwarded 30-34 ----------------
case(30, "forwarded", "heri-motor-hilang", "2026-03-02", """[06.52, 2/3/2026] Aiptu Heri Kurniawan: Selamat pagi ndan, izin lapor tadi malam pkl 23.00 sy sambangi pos ronda RW 01 Jl. Salemba Raya atas info warga di bawah ini. Ktm 5 warga ronda & Ketua RT 06. Sy himbau ronda diaktifkan tiap malam sampai lebaran. Aman.
[Diteruskan]
Pak Bhabin, semalem ada motor hilang di depan rumah no 17 RT 06 RW 01, maling 2 orang pake motor matic hitam, kejadian jam 2 pagi. Mohon ronda diperketat 🙏 — Pak Darto, Ketua RT 06
""", R(date="2026-03-01", start_time="23:00", officer=HERI, officer_of="paseban", kelurahan="Paseban", rw=1, rt=None,
      place="pos ronda Jl. Salemba Raya", types=["SB"], audience={"warga":5, "perangkat_rt_rw":1},
      situation="aman_kondusif", message="Sy himbau ronda diaktifkan tiap malam sampai lebaran.",
      findings="semalem ada motor hilang di depan rumah no 17 RT 06 RW 01, maling 2 orang pake motor matic hitam, kejadian jam 2 pagi."))

case(31, "forwarded", "joko-bukber-remaja-masjid", "2026-03-05",
"[22.17, 4/3/2026] Aipda Joko Prasetyo: sambang bukber remaja masjid di masjid an nur jl kwitang raya rw 4 td jam 6 sore ketemu ketua remaja masjid + 20 pemuda aman aipda joko\n",
R(date="2026-03-04", start_time="18:00", officer=JOKO, officer_of="kwitang", kelurahan="Kwitang", rw=4,
  place="masjid an nur jl kwitang raya", types=["SB"], audience={"kelompok_pemuda":21}, situation="aman_kondusif"))

case(32, "forwarded", "yusuf-terusin-agus-posyandu", "2026-03-13", """[11.40, 13/3/2026] Aipda Yusuf Maulana: Ijin ndan ane terusin laporan Bripka Agus Setiawan, hp nya mati 👇
Laporan bhabinkamtibmas kelurahan kenari hari ini jumat tanggal 13 maret pukul 08.00 sampai 09.30 melaksanakan sambang dan penyuluhan di posyandu melati RW 05 jalan kenari dua bertemu dengan kader posyandu 6 orang dan ibu-ibu balita kurang lebih 25 orang menyampaikan himbauan agar ibu-ibu tidak mudah percaya dengan penawaran pinjaman online melalui WhatsApp situasi aman kondusif
""", R(date="2026-03-13", start_time="08:00", end_time="09:30", officer=AGUS, officer_of="kenari", kelurahan="Kenari", rw=5,
      place="posyandu melati jalan kenari dua", types=["SB","BL"], audience={"other":6, "warga":25},
      situation="aman_kondusif",
      message="menyampaikan himbauan agar ibu-ibu tidak mudah percaya dengan penawaran pinjaman online melalui WhatsApp"))

case(33, "forwarded", "kanit-teruskan-sutrisno-sahur", "2026-03-10", """[07.30, 10/3/2026] Iptu Darmawan: Tolong diinput dek, laporan Aiptu Sutrisno kmrn 👇
LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : Senin, 09-03-2026
2. PUKUL : 03.00 s/d 04.15
3. TKP : Jl. Kramat Bunder s/d Jl. Kalilio
4. GIAT : Patroli sahur / Patroli dialogis
5. PELAKSANA : Aiptu Sutrisno + 3 anggota Samapta
6. SASARAN : Pemuda pembangun sahur ± 15 org, warga
7. MATERI : Bahaya petasan & perang sarung
8. PESAN : Bangunin sahur boleh, tapi jangan pakai petasan & jangan konvoi motor
9. HASIL : 2 petasan banting diamankan dr anak2 usia SD, diserahkan ke orang tuanya
10. SITKAMTIBMAS : Aman kondusif
""", R(date="2026-03-09", start_time="03:00", end_time="04:15", officer=SUT, officer_of="senen", kelurahan="Senen",
      place="Jl. Kramat Bunder s/d Jl. Kalilio", types=["PD"], audience={"kelompok_pemuda":15, "warga":None},
      situation="aman_kondusif",
      message="Bangunin sahur boleh, tapi jangan pakai petasan & jangan konvoi motor",
      findings="2 petasan banting diamankan dr anak2 usia SD, diserahkan ke orang tuanya"))

case(34, "forwarded", "dwi-pasar-takjil", "2026-03-15", """[21.03, 14/3/2026] Bripka Dwi Hartono: 📍 Jl. Kramat Raya (depan Masjid Al Arif) RW 02
⏰ tadi 16.30-18.00
📝 Pengamanan kegiatan masyarakat (pasar takjil warga)
👥 panitia 4, ketua RW 02
📢 himbau panitia atur parkir motor pengunjung biar ga macet
✅ aman
— Bripka Dwi H 🙏
""", R(date="2026-03-14", start_time="16:30", end_time="18:00", officer=DWI, officer_of="kramat", kelurahan="Kramat", rw=2,
      place="Jl. Kramat Raya (depan Masjid Al Arif)", types=["PKM"], audience={"other":4, "perangkat_rt_rw":1},
      situation="aman_kondusif", message="himbau panitia atur parkir motor pengunjung biar ga macet"))

# ---------------- multi 35-39 ----------------
case(35, "multi", "sutrisno-dua-giat", "2026-03-14", """Izin ndan laporan giat hr ini 2 kegiatan:

GIAT I
1. HARI/TGL : Sabtu, 14-03-2026
2. PUKUL : 09.00 s/d 10.30
3. TKP : Jl. Kalilio RT 02/RW 04
4. GIAT : DDS
5. PELAKSANA : Aiptu Sutrisno
6. SASARAN : 9 KK
7. MATERI : Kamtibmas jelang mudik
8. PESAN : Kunci rumah & matikan listrik yg tdk perlu sebelum mudik
9. KELUHAN : Air PAM sering mati jam 4-7 pagi
10. SITKAMTIBMAS : Aman

GIAT II
1. HARI/TGL : Sabtu, 14-03-2026
2. PUKUL : 16.30 s/d 17.30
3. TKP : Pos RW 06 Jl. Senen Raya
4. GIAT : Sambang
5. PELAKSANA : Aiptu Sutrisno
6. SASARAN : Ketua RW 06 + 3 Ketua RT
7. MATERI : Pendataan warga mudik
8. PESAN : Agar ketua RT mendata warga yg akan mudik & melapor ke Bhabin
9. HASIL : Ketua RW menyampaikan ± 40 KK akan mudik mulai 17 Maret
10. SITKAMTIBMAS : Aman kondusif
""", reports=[
 R(date="2026-03-14", start_time="09:00", end_time="10:30", officer=SUT, officer_of="senen", kelurahan="Senen", rw=4, rt=2,
   place="Jl. Kalilio", types=["DDS"], audience={"warga":9}, situation="aman_kondusif",
   message="Kunci rumah & matikan listrik yg tdk perlu sebelum mudik", findings="Air PAM sering mati jam 4-7 pagi"),
 R(date="2026-03-14", start_time="16:30", end_time="17:30", officer=SUT, officer_of="senen", kelurahan="Senen", rw=6,
   place="Pos RW Jl. Senen Raya", types=["SB"], audience={"perangkat_rt_rw":4}, situation="aman_kondusif",
   message="Agar ketua RT mendata warga yg akan mudik & melapor ke Bhabin",
   findings="Ketua RW menyampaikan ± 40 KK akan mudik mulai 17 Maret")])

case(36, "multi", "joko-tiga-baris", "2026-03-07", """sambang warung kopi jl prapatan rw 7 ketemu 3 ojol aman
dds rt 1 rw 8 kwitang 7 rumah keluhan got mampet
pd malam jl kembang raya sampe kwitang raya aman
aipda joko 6 maret
""", reports=[
 R(date="2026-03-06", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=7, place="warung kopi jl prapatan",
   types=["SB"], audience={"other":3}, situation="aman_kondusif"),
 R(date="2026-03-06", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", rw=8, rt=1,
   types=["DDS"], audience={"warga":7}, findings="got mampet"),
 R(date="2026-03-06", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang", place="jl kembang raya sampe kwitang raya",
   types=["PD"], situation="aman_kondusif")])

case(37, "multi", "agus-vn-dua-giat-minggu", "2026-03-09", """[Transkrip pesan suara]
Izin komandan melaporkan kegiatan hari Minggu tanggal delapan Maret. Pertama pukul tujuh pagi sambang ke senam ibu-ibu di lapangan RW 02 Jalan Kenari Raya bertemu ibu-ibu senam kurang lebih empat puluh orang dan ketua PKK RW menyampaikan agar tidak menyimpan perhiasan berlebihan dan tidak memakainya saat ke pasar. Kedua pukul sepuluh sambang ke tokoh agama Ustad Hasan di Jalan Salemba Tengah RT tujuh RW tiga beliau menyampaikan ada pengajian akbar tanggal dua puluh Maret mohon dibantu pengamanan. Situasi aman kondusif. Bripka Agus Setiawan Kenari.
""", reports=[
 R(date="2026-03-08", start_time="07:00", officer=AGUS, officer_of="kenari", kelurahan="Kenari", rw=2,
   place="lapangan Jalan Kenari Raya", types=["SB"], audience={"warga":40, "other":1}, situation="aman_kondusif",
   message="menyampaikan agar tidak menyimpan perhiasan berlebihan dan tidak memakainya saat ke pasar"),
 R(date="2026-03-08", start_time="10:00", officer=AGUS, officer_of="kenari", kelurahan="Kenari", rw=3, rt=7,
   place="Jalan Salemba Tengah", types=["SB"], audience={"tokoh_agama":1}, situation="aman_kondusif",
   findings="beliau menyampaikan ada pengajian akbar tanggal dua puluh Maret mohon dibantu pengamanan")])

case(38, "multi", "dwi-dua-giat-koordinasi-paseban", "2026-03-07", """Laporan giat Sabtu 7/3/2026 🙏
━━━━━━━━
1️⃣ 📍 Jl. Kramat Sentiong RT 05/RW 07 ⏰ 10.00-11.00 📝 DDS 👥 8 rumah 📢 Jaga kebersihan got, musim hujan ✅ aman
2️⃣ 📍 Kantor Kelurahan Paseban ⏰ 13.00 📝 Sambang koordinasi dgn Lurah Paseban & Sekel terkait Aiptu Heri mulai cuti Senin, sy backup wil Paseban 👥 Lurah, Sekel ✅ aman
— Bripka Dwi H 🙏
""", reports=[
 R(date="2026-03-07", start_time="10:00", end_time="11:00", officer="Bripka Dwi H", officer_of="kramat", kelurahan="Kramat", rw=7, rt=5,
   place="Jl. Kramat Sentiong", types=["DDS"], audience={"warga":8}, situation="aman_kondusif",
   message="Jaga kebersihan got, musim hujan"),
 R(date="2026-03-07", start_time="13:00", officer="Bripka Dwi H", officer_of="kramat", kelurahan="Paseban",
   place="Kantor Kelurahan Paseban", types=["SB"], audience={"other":2}, situation="aman_kondusif")])

case(39, "multi", "yusuf-lurah-dan-patroli", "2026-03-10", """Assalamualaikum ndan, lapor giat Selasa 10/3:
- pkl 0900-1000 sambang ke Pak Lurah Bungur di kantor kelurahan, koordinasi titik rawan balap liar Jl. Gunung Sahari
- pkl 2030 s/d selesai patroli dialogis bareng Aipda Joko di Jl. Kepu Selatan RT 09/RW 01, ketemu pemuda karang taruna 10 org, ane pesen jgn ada perang sarung
Alhamdulillah semua aman terkendali ndan.
~ Aipda Yusuf M. #BhabinBungur
""", reports=[
 R(date="2026-03-10", start_time="09:00", end_time="10:00", officer="Aipda Yusuf M.", officer_of="bungur", kelurahan="Bungur",
   place="kantor kelurahan", types=["SB"], audience={"other":1}, situation="aman_kondusif"),
 R(date="2026-03-10", start_time="20:30", officer="Aipda Yusuf M.", officer_of="bungur", kelurahan="Bungur", rw=1, rt=9,
   place="Jl. Kepu Selatan", types=["PD"], audience={"kelompok_pemuda":10}, situation="aman_kondusif",
   message="ane pesen jgn ada perang sarung")])

# ---------------- voice 40-44 ----------------
case(40, "voice", "agus-vn-rusun", "2026-03-03", """[Pesan suara ditranskrip otomatis]
selamat siang komandan izin melaporkan hari ini Selasa 3 Maret 2026 jam 10 pagi sampai jam 11 saya Bripka Agus Setiawan melaksanakan sambang di rusun kenari blok b kelurahan kenari bertemu dengan pengelola rusun bapak Hendra dan warga kurang lebih 10 orang titik warga mengeluhkan banyak parkir liar di depan rusun malam hari titik saya menghimbau agar warga tidak memarkir kendaraan di badan jalan koma situasi aman terima kasih
""", R(date="2026-03-03", start_time="10:00", end_time="11:00", officer=AGUS, officer_of="kenari", kelurahan="Kenari",
      place="rusun kenari blok b", types=["SB"], audience={"other":1, "warga":10}, situation="aman_kondusif",
      message="saya menghimbau agar warga tidak memarkir kendaraan di badan jalan",
      findings="warga mengeluhkan banyak parkir liar di depan rusun malam hari"))

case(41, "voice", "agus-vn-bersama-joko", "2026-03-06", """[VN]
lapor komandan kemarin malam sekitar jam sembilan saya bersama Aipda Joko Prasetyo patroli dialogis di jalan kenari raya RT tiga RW satu kelurahan kenari ketemu sama anak muda yang nongkrong di warung kurang lebih delapan orang saya sampaikan jangan ikut-ikutan tawuran sahur karena sekarang polisi patroli tiap malam situasinya aman komandan laporan dari Bripka Agus Bhabin Kenari
""", R(date="2026-03-05", start_time="21:00", officer="Bripka Agus", officer_of="kenari", kelurahan="Kenari", rw=1, rt=3,
      place="jalan kenari raya", types=["PD"], audience={"kelompok_pemuda":8}, situation="aman_kondusif",
      message="saya sampaikan jangan ikut-ikutan tawuran sahur karena sekarang polisi patroli tiap malam"))

case(42, "voice", "agus-vn-ormas-unras", "2025-10-10", """[Transkrip VN]
Komandan izin lapor ya hari Kamis tanggal 9 Oktober dua ribu dua puluh lima pukul 14.00 sampai 15.30 deteksi dini di sekretariat ormas di jalan salemba tengah nomor 8 RW 6 bertemu ketua ormas bapak Rahmat dan anggota 5 orang informasi yang didapat mereka akan ikut aksi unjuk rasa buruh di DPR hari Senin tanggal 13 Oktober kurang lebih 30 orang berangkat pakai 2 metromini saya imbau agar aksi dilaksanakan tertib tidak membawa senjata tajam dan tidak terprovokasi situasi saat ini aman namun perlu diwaspadai Bripka Agus Setiawan Bhabin Kenari
""", R(date="2025-10-09", start_time="14:00", end_time="15:30", officer=AGUS, officer_of="kenari", kelurahan="Kenari", rw=6,
      place="sekretariat ormas di jalan salemba tengah nomor 8", types=["DD"], audience={"other":6}, situation="waspada",
      message="saya imbau agar aksi dilaksanakan tertib tidak membawa senjata tajam dan tidak terprovokasi",
      findings="mereka akan ikut aksi unjuk rasa buruh di DPR hari Senin tanggal 13 Oktober kurang lebih 30 orang berangkat pakai 2 metromini"))

case(43, "voice", "agus-vn-dds-kenari-dua", "2026-03-11", """[Transkrip VN]
ijin komandan hari Rabu 11 Maret jam 3 sore sampai jam setengah 5 saya laksanakan DDS door to door di jalan kenari dua RT nol lima RW nol empat kelurahan kenari mengunjungi 11 rumah warga keluhan warga lampu jalan mati dan banyak anak-anak main petasan setelah tarawih harapan warga ada patroli setelah tarawih saya sampaikan agar orang tua mengawasi anak-anaknya dan tidak membelikan petasan aman terkendali Agus Setiawan Bripka
""", R(date="2026-03-11", start_time="15:00", end_time="16:30", officer=AGUS, officer_of="kenari", kelurahan="Kenari", rw=4, rt=5,
      place="jalan kenari dua", types=["DDS"], audience={"warga":11}, situation="aman_kondusif",
      message="saya sampaikan agar orang tua mengawasi anak-anaknya dan tidak membelikan petasan",
      findings="lampu jalan mati dan banyak anak-anak main petasan setelah tarawih\nada patroli setelah tarawih"))

case(44, "voice", "tanpa-nama-kramat-pulo", "2026-03-13", """[Transkrip VN]
laporan kegiatan sambang hari ini jam 8 pagi di Pos Kamling RW 05 Jalan Kramat Pulo ketemu bapak-bapak ronda 4 orang tadi sempat ada ribut kecil antara sopir bajaj sama tukang parkir udah didamaikan situasi aman
""", R(date="2026-03-13", start_time="08:00", officer=None, officer_of=None, kelurahan="Kramat", rw=5,
      place="Pos Kamling Jalan Kramat Pulo", types=["SB"], audience={"warga":4, "other":2}, situation="aman_kondusif",
      findings="ada ribut kecil antara sopir bajaj sama tukang parkir\nudah didamaikan"))

# ---------------- template-blank 45-47 ----------------
case(45, "template-blank", "sutrisno-kosong", "2026-03-11", """LAPORAN GIAT BHABINKAMTIBMAS KEL. SENEN
1. HARI/TGL : Rabu, 11-03-2026
2. PUKUL : 
3. TKP : Jl. Senen Raya RT 01/RW 02
4. GIAT : Sambang
5. PELAKSANA : Aiptu Sutrisno
6. SASARAN : -
7. MATERI : -
8. PESAN : -
9. HASIL : nihil
10. SITKAMTIBMAS : 
""", R(date="2026-03-11", officer=SUT, officer_of="senen", kelurahan="Senen", rw=2, rt=1, place="Jl. Senen Raya", types=["SB"]))

case(46, "template-blank", "joko-format-kanit", "2026-03-02", """FORMAT LAPORAN BHABINKAMTIBMAS
Nama/Pangkat : aipda joko prasetyo
Kelurahan : kwitang
Hari/Tanggal : senin 2 maret 2026
Waktu : 
Lokasi : 
RT/RW : 03/09
Jenis Kegiatan : sambang
Sasaran/Yang Ditemui : 
Pesan Kamtibmas : 
Hasil/Temuan : 
Situasi : aman
""", R(date="2026-03-02", officer=JOKO, officer_of="kwitang", kelurahan="Kwitang", rw=9, rt=3, types=["SB"], situation="aman_kondusif"))

case(47, "template-blank", "dwi-titik-titik", "2026-03-08", """📋 *LAPORAN GIAT BHABINKAMTIBMAS KEL. KRAMAT*
1. 🗓️ Minggu, 8 Maret 2026
2. 🕘 Pkl ...
3. 📍 ...
4. 🏷️ Sambang
5. 👮 Bripka Dwi Hartono
6. 👥 Sasaran: ...
7. 📢 Pesan: ...
8. 📝 Keluhan warga: ...
9. ✅ Situasi: ...
""", R(date="2026-03-08", officer=DWI, officer_of="kramat", kelurahan="Kramat", types=["SB"]))

# ---------------- new 48-50 ----------------
case(48, "new", "yusuf-ralat-tanggal", "2026-03-12", """*RALAT* ndan, td salah tanggal 🙏 yg bener:
Sambang ke Pos RW 04 Jl. Bungur Besar, Kamis 12/3 bukan 11/3, pkl 1400-1500, ketemu Ketua RW 04 & 3 pengurus RW. Ane himbau pengurus RW ngedata warga yg mudik. Situasi aman.
~ Aipda Yusuf M. #BhabinBungur
""", R(date="2026-03-12", start_time="14:00", end_time="15:00", officer="Aipda Yusuf M.", officer_of="bungur", kelurahan="Bungur", rw=4,
      place="Pos RW Jl. Bungur Besar", types=["SB"], audience={"perangkat_rt_rw":4}, situation="aman_kondusif",
      message="Ane himbau pengurus RW ngedata warga yg mudik."))

case(49, "new", "joko-balas-kanit", "2026-03-12", """> Iptu Darmawan: Kwitang giat sahur tgl 12 mana laporannya? jam 03.00 ada patroli gabungan kan
siap ndan patroli dialogis sahur jl kwitang raya sampe jl prapatan jam 3 sampe setengah 5 ktm pemuda bangunin sahur 12 org dikasih arahan jgn pake petasan aman aipda joko
""", R(date="2026-03-12", start_time="03:00", end_time="04:30", officer="Aipda Joko", officer_of="kwitang", kelurahan="Kwitang",
      place="jl kwitang raya sampe jl prapatan", types=["PD"], audience={"kelompok_pemuda":12}, situation="aman_kondusif",
      message="dikasih arahan jgn pake petasan"))

case(50, "new", "binmas-gantikan-joko-cuti", "2026-06-06", """Selamat malam Ndan, izin melaporkan. Sehubungan Aipda Joko Prasetyo (Bhabin Kwitang) sedang cuti, hari ini Sabtu 6 Juni 2026 pkl 19.30-21.00 WIB sy Brigpol Rudi Hartanto (Unit Binmas) melaksanakan sambang di Jl. Kembang Raya RW 05, Kel. Kwitang, bertemu Ketua RW 05 Bpk. Sarmili dan ± 8 warga. Warga menyampaikan sisa kotoran hewan kurban Idul Adha masih menumpuk di TPS dekat pos RW. Sy himbau warga agar tidak membuang sampah ke kali dan segera berkoordinasi dgn petugas PPSU. Situasi aman kondusif.
""", R(date="2026-06-06", start_time="19:30", end_time="21:00", officer="Brigpol Rudi Hartanto", officer_of=None, kelurahan="Kwitang", rw=5,
      place="Jl. Kembang Raya", types=["SB"], audience={"perangkat_rt_rw":1, "warga":8}, situation="aman_kondusif",
      message="Sy himbau warga agar tidak membuang sampah ke kali dan segera berkoordinasi dgn petugas PPSU.",
      findings="Warga menyampaikan sisa kotoran hewan kurban Idul Adha masih menumpuk di TPS dekat pos RW."))

if __name__ == "__main__":
    for f in os.listdir(D):
        if f[:2].isdigit() and (f.endswith(".txt") or f.endswith(".json")):
            os.remove(os.path.join(D, f))
    for num, style, name, today, text, rep, reports in CASES:
        base = f"{num:02d}_{style}_{name}"
        with open(os.path.join(D, base + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text.rstrip("\n") + "\n")
        if reports is not None:
            obj = {"style": style, "today": today, "reports": reports}
        else:
            obj = {"style": style, "today": today, **rep}
        with open(os.path.join(D, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2); fh.write("\n")
    print(len(CASES), "cases written")
